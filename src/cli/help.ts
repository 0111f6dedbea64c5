/** `--help` texts, one per command. */
export const HELP = {
  main: `Usage: arabic-entities <command> [options]

Finds actors, places, numbers and dates in Arabic news, with exact offsets.

Commands:
  extract [files… | -]      extract mentions from .txt files, stdin or JSONL
  eval DIR                  score a corpus folder (NAME.txt + NAME.gold.json)
  lexicon check FILE…       validate lexicon files

Options:
  -h, --help                show help (also: arabic-entities <command> --help)
  -V, --version             show the version

Exit status: 0 ok, 1 findings (failed inputs, F1 below --min-f1, lexicon
problems), 2 usage.`,

  extract: `Usage: arabic-entities extract [options] [files… | -]

Reads .txt files (one document each), stdin (-, the default), or JSONL
(one {"id", "text", "date"?} object per line; files ending in .jsonl or .ndjson
are read as JSONL without --jsonl) and writes the mentions found.

Options:
  -f, --format FORMAT       json | jsonl | conll | html | table
                            (default: json for one text input, jsonl otherwise)
      --jsonl               read the inputs (and stdin) as JSONL
  -r, --reference-date D    YYYY-MM-DD publication date for relative dates
                            (a JSONL line's "date" wins over it)
  -l, --lexicon FILE        load a lexicon after the bundled ones (repeatable)
  -t, --types LIST          only these types: actor,place,number,date
  -w, --workers N           extract in N worker threads (default 1: in this
                            thread); output order is always the input order
  -o, --out DIR             one file per document in DIR (<id>.<ext>); jsonl
                            writes one file per input instead
      --strict              stop at the first input that cannot be read
  -q, --quiet               no progress bar, no summary line
  -h, --help                show this help

A progress bar is drawn on stderr when it is a terminal and the run has several
inputs or JSONL; a summary line (documents, mentions, MB/s, failures) ends every
run on stderr. A missing file, a directory, invalid UTF-8, or a JSONL line that
is not JSON or has no "text" is reported with its file and line, and the run
goes on (exit status 1 at the end).

Examples:
  arabic-entities extract fixtures/corpus/000_99ef2d3745adf04a.txt
  arabic-entities extract -f table -r 2023-09-19 fixtures/corpus/*.txt
  arabic-entities extract -f html -o views/ fixtures/corpus/*.txt
  arabic-entities extract --jsonl -w 2 < articles.jsonl > mentions.jsonl`,

  eval: `Usage: arabic-entities eval [options] DIR

Extracts every NAME.txt in DIR (with the referenceDate of NAME.gold.json) and
scores it against NAME.gold.json: strict and partial P/R/F1 per type and
subtype, value, id and attribute accuracy.

Options:
      --json                print the report as JSON
      --min-f1 X            exit 1 when the overall strict F1 is below X (0..1)
  -l, --lexicon FILE        load a lexicon after the bundled ones (repeatable)
  -h, --help                show this help

Example:
  arabic-entities eval fixtures/corpus --min-f1 0.8`,

  lexicon: `Usage: arabic-entities lexicon check FILE…

Validates lexicon files and prints every problem with its file, entry, id and
field. Exit status 1 when any file has a problem.

Options:
  -h, --help                show this help

Example:
  arabic-entities lexicon check lexicons/people.json my-beat.json`,
} as const;

/** A command that has a help text, or `main`. */
export type HelpTopic = keyof typeof HELP;
