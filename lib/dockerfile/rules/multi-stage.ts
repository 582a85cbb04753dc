// Question 5: compilers, build tools and training runs belong in a builder stage; the image that
// ships should only receive their results (COPY --from), not carry the tools.
import { buildStep, commandWordsRange, packageName, unpurgedToolchain } from '../packages';
import { commandsOf } from '../query';
import { defineRule } from '../rule';
import type { ShellCommand, ShellWord } from '../types';

export default defineRule({
  meta: {
    id: 'multi-stage',
    severity: 'info',
    category: 'layers',
    lesson: { question: 5, anchor: 'cau-tra-loi' },
    messages: {
      toolchain:
        'Image một stage cài công cụ build {{package}} và giữ nó trong image chạy. Tách thành stage builder (FROM … AS builder) rồi COPY --from=builder chỉ kết quả sang stage cuối nhỏ gọn.',
      build:
        'Image một stage chạy bước build/train "{{command}}": công cụ và file trung gian nằm lại trong image. Chạy bước này ở stage builder rồi COPY --from=builder kết quả (binary, model, wheel) sang stage cuối.',
    },
  },
  check(context) {
    const { ast } = context;
    if (ast.stages.length !== 1) return;
    const stage = ast.stages[0]!;
    for (let i = 0; i < stage.instructions.length; i++) {
      const instruction = stage.instructions[i]!;
      if (instruction.keyword !== 'RUN') continue;
      const toolchain = unpurgedToolchain(instruction)[0];
      let buildCommand: ShellCommand | undefined;
      let step: ShellWord | undefined;
      const commands = commandsOf(instruction);
      for (let c = 0; c < commands.length; c++) {
        const cmd = commands[c]!;
        // The earlier evidence in the file is the one to show: none past the install of the toolchain.
        if (toolchain && cmd.args.includes(toolchain)) break;
        step = buildStep(cmd);
        if (step) {
          buildCommand = cmd;
          break;
        }
      }
      if (buildCommand && step) {
        const words = [buildCommand.name];
        for (const word of buildCommand.args) {
          words.push(word.value);
          if (word === step) break;
        }
        context.report({ messageId: 'build', range: commandWordsRange(buildCommand, step), data: { command: words.join(' ') } });
        return;
      }
      if (toolchain) {
        context.report({ messageId: 'toolchain', range: toolchain.range, data: { package: packageName(toolchain.value) } });
        return;
      }
    }
  },
});
