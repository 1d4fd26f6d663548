// PLACEHOLDER (issue 12, take-home): replaced by the take-home work.
/** The take-home link, its QR code and "Print the handout". */
export function TakeHomePanel() {
  return null;
}
