/** The help texts after each command's options: `--help` shows them and the man page (man-page.ts) is made from them. */
export const EXAMPLES = `
Examples:
  $ extract seeds/                          read every .txt/.md/.text/.jsonl file under seeds/
  $ extract article.txt --reference-date 2024-10-29
  $ extract corpus.jsonl -f ndjson | jq -c 'select(.type == "document") | .quotes[]'
  $ cat article.txt | extract --only numbers,quotes
  $ extract seeds/ -o out/ -f yaml          one YAML file per document plus summary.yaml
  $ extract check seeds/ --fixtures fixtures/            compare with golden fixtures (CI)
  $ extract check seeds/ --fixtures fixtures/ --update   rewrite them

Reference dates: a document's own date (YAML front matter "date:" in a text file, or the
"date" field of a JSON Lines record) comes first, then --reference-date; with neither,
relative dates ("Monday", "last week") stay unresolved (value null).

Exit codes: 0 all good; 1 some input failed (or check found differences); 2 usage error.`;

export const MERGE_EXAMPLES = `
Examples:
  $ extract merge parts/ -f json > corpus.json          every part in parts/ (part-00000, 0.part, *.ndjson, *.json, .gz)
  $ extract merge a.json b.ndjson out-dir/ -f ndjson     runs over different documents, in any format
  $ extract merge first.json second.json                 a merge of merges

Reads files by content; skips _SUCCESS and .crc files and empty parts. Says on stderr what it
read; exit 1 when it read no documents, or when an input failed.`;

export const CHECK_EXAMPLES = `
Examples:
  $ extract check seeds/ --fixtures fixtures/                       compare (uses the fixtures' own options)
  $ extract check seeds/ --fixtures fixtures/ --update              write what changed, name the files
  $ extract check seeds/ --fixtures fixtures/ --report junit check.xml --max-diff 50
  $ extract check seeds/ --fixtures fixtures/ --strict-offsets      a fact that only moved is a difference too

Facts are matched by content, so text added before a fact is a note, not a difference. Exit codes:
0 the results match; 1 they differ (or an input failed); 2 usage error.`;
