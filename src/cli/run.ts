import { main } from './main';
import { nodeIo } from './node-io';

// Entry point used by bin/headroom.mjs: run, then exit with the command's code.
const code = await main(process.argv.slice(2), nodeIo);
process.exitCode = code;
