// COPY's binary format (PostgreSQL manual, COPY, "Binary Format"): a signature, then for each row
// a field count and for each field its length and the value as the type's receive function
// reads it. The server takes numbers, dates and arrays as they come instead of splitting lines,
// undoing escapes and parsing text, which was about a quarter of its work in a bulk load; and no
// value needs escaping, whatever characters it holds.

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { parsePartialDate } from '../core/shared/partial-date.ts';
import type { Database } from './database.ts';
import { rawClientOf } from './open-database.ts';

/** The signature, no flags, no header extension. */
const HEADER: Buffer = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
/** A field count of -1 ends the data. */
const TRAILER: Buffer = Buffer.from([0xff, 0xff]);

const TEXT_TYPE_OID = 25;
const INT4_MIN = -2_147_483_648;
const INT4_MAX = 2_147_483_647;
/** Shorter strings are copied code unit by code unit when they are ASCII: cheaper than a call into the encoder. */
const SHORT_STRING = 48;

/** Days from 0000-03-01 to the given civil date (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
}

/** A date travels as days since 2000-01-01. */
const POSTGRES_EPOCH = daysFromCivil(2000, 1, 1);

/**
 * Writes rows in COPY's binary format into a growing buffer; `take` hands over what was written.
 * Each value is checked as the server's text input would check it (an integer outside int4, a
 * day that does not exist), since a wrong binary value would otherwise be stored as something else.
 */
export class CopyBinaryWriter {
  private buffer: Buffer;
  private position = 0;

  constructor(initialBytes = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  startRow(fieldCount: number): void {
    this.reserve(2);
    this.buffer.writeInt16BE(fieldCount, this.position);
    this.position += 2;
  }

  null(): void {
    this.reserve(4);
    this.int32(-1);
  }

  text(value: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    this.reserve(4 + value.length * 3);
    this.string(value);
  }

  integer(value: number): void {
    if (!Number.isInteger(value) || value < INT4_MIN || value > INT4_MAX) throw new RangeError(`${value} is not a 32-bit integer`);
    this.reserve(8);
    this.int32(4);
    this.int32(value);
  }

  boolean(value: boolean): void {
    this.reserve(5);
    this.int32(1);
    this.buffer[this.position] = value ? 1 : 0;
    this.position += 1;
  }

  /** A calendar day written YYYY-MM-DD. */
  date(isoDay: string): void {
    const parsed = parsePartialDate(isoDay);
    if (parsed === null || parsed.month === null || parsed.day === null) throw new RangeError(`"${isoDay}" is not a calendar day (YYYY-MM-DD)`);
    this.reserve(8);
    this.int32(4);
    this.int32(daysFromCivil(parsed.year, parsed.month, parsed.day) - POSTGRES_EPOCH);
  }

  /** A one-dimensional text[] without NULL elements; an empty one has no dimension. */
  textArray(values: readonly string[]): void {
    let bytes = 4 + 20;
    for (const value of values) bytes += 4 + value.length * 3;
    this.reserve(bytes);
    const lengthAt = this.position;
    this.position += 4;
    this.int32(values.length === 0 ? 0 : 1);
    this.int32(0);
    this.int32(TEXT_TYPE_OID);
    if (values.length > 0) {
      this.int32(values.length);
      this.int32(1);
      for (const value of values) this.string(value);
    }
    this.buffer.writeInt32BE(this.position - lengthAt - 4, lengthAt);
  }

  /** The bytes written since the last call, in a buffer of their own; the writer starts empty again. */
  take(): Buffer {
    const written = Buffer.from(this.buffer.subarray(0, this.position));
    this.position = 0;
    return written;
  }

  private reserve(bytes: number): void {
    if (this.position + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.position + bytes));
    this.buffer.copy(larger, 0, 0, this.position);
    this.buffer = larger;
  }

  private int32(value: number): void {
    this.buffer.writeInt32BE(value, this.position);
    this.position += 4;
  }

  /** A length-prefixed UTF-8 string; room was reserved. */
  private string(value: string): void {
    const start = this.position + 4;
    if (value.length < SHORT_STRING) {
      let i = 0;
      for (; i < value.length; i += 1) {
        const unit = value.charCodeAt(i);
        if (unit > 0x7f) break;
        this.buffer[start + i] = unit;
      }
      if (i === value.length) {
        this.int32(i);
        this.position += i;
        return;
      }
    }
    const written = this.buffer.write(value, start, 'utf8');
    this.int32(written);
    this.position += written;
  }
}

/** How many chunks are made ahead of a server that reads more slowly than they are made. */
const CHUNKS_AHEAD = 2;

/**
 * One `COPY table (columns) FROM … (FORMAT binary)` of the rows in `chunks`, in one transaction:
 * they land together or not at all. `tableAndColumns` is written by our own code, never by a user.
 * PGlite reads the whole data from a blob; a server reads a stream whose chunks are made as it
 * asks for them, so it parses one while the next is written.
 */
export async function copyBinaryInto(db: Kysely<Database>, tableAndColumns: string, chunks: Iterable<Buffer>): Promise<void> {
  const raw = rawClientOf(db);
  const copy = `copy ${tableAndColumns} from ${raw.engine === 'pglite' ? "'/dev/blob'" : 'stdin'} with (format binary)`;
  if (raw.engine === 'pglite') {
    const blob = new Blob([HEADER, ...chunks, TRAILER]);
    // Holding Kysely's connection keeps every other caller out while COPY runs.
    await db.connection().execute(() => raw.pglite.query(copy, [], { blob }));
    return;
  }
  const client = await raw.pool.connect();
  try {
    await client.query('begin');
    // A statement trigger reads the rows back from a transition table (the coverage facts of
    // activities); with room it stays in memory rather than going through a temporary file.
    await client.query(`set local work_mem = '64MB'`);
    const data = (function* () {
      yield HEADER;
      yield* chunks;
      yield TRAILER;
    })();
    await pipeline(Readable.from(data, { highWaterMark: CHUNKS_AHEAD }), client.query(copyFrom(copy)));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
