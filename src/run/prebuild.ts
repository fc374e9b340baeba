/**
 * The run that makes dist/data/prebuilt.v8 (scripts/prebuild-data.mjs), also run by
 * test/prebuilt.test.ts on src/ to check the file against a fresh build: every loader the texts
 * reach is built once and recorded (lexicon.startRecording). The texts are extracted with each date
 * style, with and without a reference date, and summarised, so that the summary's lexicon is
 * recorded too. Call it before anything else has loaded data in this process.
 */
import { extract } from '../extract.js';
import { packRecording, startRecording } from '../lexicon.js';
import { summarize } from '../summary/summary.js';

/** The prebuilt file's bytes, from a recording run over `texts`. */
export function recordPrebuilt(texts: ReadonlyArray<{ id: string; text: string }>): Buffer {
  startRecording();
  const docs = texts.map((t) => extract(t.text, { referenceDate: '2024-10-29', id: t.id }));
  for (const t of texts) extract(t.text, { referenceDate: null, dateStyle: 'timeml' });
  summarize(docs);
  return packRecording();
}
