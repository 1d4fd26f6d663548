// PLACEHOLDER (issue 12, second screen): replaced by the second-screen work.
/** "Open patient screen": opens (or reconnects) the patient's window; says whether it is connected. */
export function PatientScreenButton() {
  return null;
}
