/**
 * `npm run bench:classify` (issue 3 speed targets): model load < 1 s, >= 2,000 typical
 * 100-word messages per second on one core, process RSS < 200 MB. Runs in one process on one
 * thread; prints readable figures, then (last line) one JSON object with the same figures.
 */
import { readLabelledFile, trainingFiles, HELD_OUT_FILE } from '../../app/classify/read-corpus.js';
import type { MessageToClassify } from '../../core/classify/classification.js';

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const rssBefore = process.memoryUsage().rss;
const loadStarted = performance.now();
const loadCpu = process.cpuUsage();
const { loadClassifier } = await import('../../app/classify/load-classifier.js');
const classify = loadClassifier();
const loadMs = performance.now() - loadStarted;
const loadCpuMs = cpuMs(process.cpuUsage(loadCpu));

// Typical messages: corpus texts stitched into ~100-word emails and chats (varied, realistic
// words and languages), so the cost per message matches what the mailbox and the bot send.
const texts = [...trainingFiles().flatMap(readLabelledFile), ...readLabelledFile(HELD_OUT_FILE)].map((e) => e.text);
const messages: MessageToClassify[] = [];
for (let i = 0; messages.length < 5000; i++) {
  let words: string[] = [];
  for (let j = i; words.length < 100; j += 7) words = words.concat(texts[j % texts.length]!.split(/\s+/));
  messages.push({
    channel: i % 2 ? 'email' : 'chat',
    subject: i % 2 ? 'Feedback about your service' : null,
    text: words.slice(0, 100).join(' '),
  });
}
const averageWords = messages.reduce((a, m) => a + m.text.split(/\s+/).length, 0) / messages.length;

for (const m of messages.slice(0, 500)) classify(m); // warm-up: JIT and stem caches
// Wall-clock rate, and the rate per CPU-second of this single-threaded process: the second is
// what one dedicated core gives, and stays meaningful when the machine is shared (CI, tests
// running beside the benchmark). The target is checked on the CPU rate.
const rounds = 3;
let best = 0;
let bestCpu = 0;
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const m of messages) classify(m);
  best = Math.max(best, messages.length / ((performance.now() - started) / 1000));
  bestCpu = Math.max(bestCpu, messages.length / (cpuMs(process.cpuUsage(cpu)) / 1000));
}
const rssMb = process.memoryUsage().rss / 1024 / 1024;

const figures = {
  modelLoadMs: Math.round(loadMs),
  modelLoadCpuMs: Math.round(loadCpuMs),
  messagesPerSecond: Math.round(best),
  messagesPerCpuSecond: Math.round(bestCpu),
  averageWordsPerMessage: Math.round(averageWords),
  messages: messages.length,
  rssMb: Math.round(rssMb),
  rssAtStartMb: Math.round(rssBefore / 1024 / 1024),
  targets: { modelLoadCpuMs: '< 1000', messagesPerCpuSecond: '>= 2000', rssMb: '< 200' },
  met: loadCpuMs < 1000 && bestCpu >= 2000 && rssMb < 200,
};
console.log(`model load:          ${figures.modelLoadMs} ms wall, ${figures.modelLoadCpuMs} ms CPU (target < 1000 ms)`);
console.log(
  `throughput:          ${figures.messagesPerCpuSecond} messages per CPU-second on one core (target >= 2000), ${figures.messagesPerSecond} messages/s wall clock`,
);
console.log(
  `message size:        ${figures.averageWordsPerMessage} words on average, ${figures.messages} messages x ${rounds} rounds`,
);
console.log(`resident memory:     ${figures.rssMb} MB (target < 200 MB)`);
console.log(`targets met:         ${figures.met ? 'yes' : 'NO'}`);
console.log(JSON.stringify(figures));
