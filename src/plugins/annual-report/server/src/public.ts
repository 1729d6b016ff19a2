/** What scripts and benchmarks use of the plugin's server: the writers of the printed outputs. */
export { renderReportPage } from './output/html';
export { reportDocx } from './output/docx';
