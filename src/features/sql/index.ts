export { SqlScreen } from './sql-screen';
