// Child process of the benchmark: runs one tool on one stress input and prints its time.
// A crash exits 1 with the message; a hang is caught by the parent's timeout.
import { stressInputs } from './inputs';
import { loadTools } from './tools';

const [toolName, index] = process.argv.slice(2);
const tool = (await loadTools()).find((t) => t.name === toolName);
const input = stressInputs()[Number(index)];
if (!tool || !input) {
  console.log(`unknown tool or input: ${toolName} ${index}`);
  process.exit(2);
}
try {
  const start = performance.now();
  tool.run(input.text);
  console.log(`${(performance.now() - start).toFixed(1)} ms`);
} catch (error) {
  console.log(String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 60));
  process.exit(1);
}
