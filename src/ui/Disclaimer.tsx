import { ClinicFooter } from '../clinic/ClinicFooter';
import { content } from '../content';

export function Disclaimer() {
  return (
    <footer className="disclaimer">
      <p>{content.general.disclaimer}</p>
      <ClinicFooter />
    </footer>
  );
}
