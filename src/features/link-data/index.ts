export { LinkDataNotice } from './link-data-notice';
