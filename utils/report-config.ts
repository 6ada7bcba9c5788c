/**
 * Where readers' reports may go: the one place to set it. Evidence Lens never sends a report; it
 * composes one and hands it to the reader, who copies it or opens a draft or a form in the browser.
 * Empty by default, so nothing is ever addressed to a party nobody chose: the e-mail draft opens with
 * no recipient and the web-form choice is hidden. An organisation that ships Evidence Lens sets these.
 */
export const REPORT_DESTINATION: { email: string; form: string } = {
  /** An address for the e-mail draft (mailto:), e.g. "evidence@example.org". */
  email: '',
  /** An https:// form that accepts the report's fields as query parameters. */
  form: '',
};
