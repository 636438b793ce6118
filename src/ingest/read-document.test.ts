import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { MAX_DOCUMENT_CHARS, readDocument } from './read-document.ts';
import type { ReadResult } from './read-document.ts';

const encoder = new TextEncoder();

function expectText(result: ReadResult): string {
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.text;
}

async function buildDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: 'Rapport semestriel', bold: true })] }),
        new Paragraph('Le Secrétariat a tenu trois ateliers au Honduras en mai 2015.'),
        new Table({
          rows: [
            new TableRow({ children: [cell('Programme A'), cell('6 cours')] }),
            new TableRow({ children: [cell(''), cell('À déterminer')] }),
          ],
        }),
        new Paragraph('Deuxième paragraphe, après le tableau.'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function buildPdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

void test('plain UTF-8 text is returned as is, with CRLF made LF', async () => {
  const result = await readDocument(encoder.encode('Atelier à Lima\r\nen 2016.'), 'notes.txt');
  assert.deepEqual(result, { ok: true, text: 'Atelier à Lima\nen 2016.', format: 'text', encoding: 'utf-8' });
});

void test('a UTF-8 byte order mark is dropped', async () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Équipe')]);
  assert.equal(expectText(await readDocument(bytes, 'a.txt')), 'Équipe');
});

void test('bytes that are not UTF-8 are read as Windows-1252', async () => {
  // "Sécurité – 2€" with an en dash and a euro sign, both outside Latin-1 proper.
  const bytes = new Uint8Array([0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9, 0x20, 0x96, 0x20, 0x32, 0x80]);
  const result = await readDocument(bytes, 'old-report.txt');
  assert.ok(result.ok);
  assert.equal(result.text, 'Sécurité – 2€');
  assert.equal(result.encoding, 'windows-1252');
});

void test('UTF-16 with a byte order mark, little and big endian', async () => {
  const text = 'Política de segurança';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  const fromLe = await readDocument(new Uint8Array(le), 'le.txt');
  const fromBe = await readDocument(new Uint8Array(be), 'be.txt');
  assert.deepEqual([expectText(fromLe), expectText(fromBe)], [text, text]);
  assert.ok(fromBe.ok && fromBe.encoding === 'utf-16be');
});

void test('a spreadsheet gets a message that says what to do', async () => {
  const byExtension = await readDocument(encoder.encode('a,b,c'), 'budget.xlsx');
  assert.deepEqual(byExtension, {
    ok: false,
    code: 'unsupported_input',
    message: 'budget.xlsx is a .xlsx file; save it as .docx or .pdf, or copy its text into a .txt file.',
  });
  const zipped = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encoder.encode('\0\0\0\0xl/workbook.xml')]);
  const byContent = await readDocument(zipped, 'renamed.docx');
  assert.ok(!byContent.ok && byContent.code === 'unsupported_input' && byContent.message.includes('.xlsx spreadsheet'));
});

void test('images and binary files are refused, images with advice to run OCR', async () => {
  const png = await readDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'scan.png');
  assert.ok(!png.ok && png.code === 'unsupported_input' && png.message.includes('OCR'));
  const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
  const binary = await readDocument(noise, 'mystery.bin');
  assert.ok(!binary.ok && binary.code === 'unsupported_input' && binary.message.includes('not text'));
});

void test('an empty file is unreadable', async () => {
  const result = await readDocument(new Uint8Array(0), 'dir/empty.txt');
  assert.ok(!result.ok && result.code === 'unreadable_input' && result.message.startsWith('empty.txt is empty'));
});

void test('a .docx keeps its paragraphs as lines and each table row as one line of tab-separated cells', async () => {
  const result = await readDocument(await buildDocx(), 'report.docx');
  assert.ok(result.ok && result.format === 'docx');
  const lines = result.text.split('\n').filter((line) => line !== '');
  assert.deepEqual(lines, [
    'Rapport semestriel',
    'Le Secrétariat a tenu trois ateliers au Honduras en mai 2015.',
    'Programme A\t6 cours',
    '\tÀ déterminer',
    'Deuxième paragraphe, après le tableau.',
  ]);
});

void test('a damaged .docx is unreadable with advice, not a crash', async () => {
  const bytes = await buildDocx();
  const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
  const result = await readDocument(damaged, 'broken.docx');
  assert.ok(!result.ok && result.code === 'unreadable_input', JSON.stringify(result));
  assert.match(result.message, /broken\.docx .*save it again/);
});

void test('a PDF gives its text layer, found by magic bytes whatever its name', async () => {
  const bytes = await buildPdf((doc) => {
    doc.text('Curso regional sobre seguridad portuaria.');
    doc.text('Se realizó en Panamá con 30 participantes.');
    doc.addPage().text('Segunda página.');
  });
  const result = await readDocument(bytes, 'exported.txt');
  assert.ok(result.ok && result.format === 'pdf');
  assert.equal(result.text, 'Curso regional sobre seguridad portuaria.\nSe realizó en Panamá con 30 participantes.\n\nSegunda página.');
});

void test('a PDF with no text layer asks for OCR', async () => {
  const bytes = await buildPdf((doc) => { doc.rect(50, 50, 200, 100).fill('#333'); });
  const result = await readDocument(bytes, 'scanned.pdf');
  assert.deepEqual(result, {
    ok: false,
    code: 'unreadable_input',
    message: 'scanned.pdf is a scanned PDF: no text layer, run OCR first (or ingest the original .docx).',
  });
});

void test('a password-protected PDF says so', async () => {
  const bytes = await buildPdf((doc) => { doc.text('Confidentiel'); }, { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  const result = await readDocument(bytes, 'locked.pdf');
  assert.ok(!result.ok && result.message.includes('password-protected'), JSON.stringify(result));
});

void test('a truncated PDF is unreadable, not a crash', async () => {
  const bytes = await buildPdf((doc) => { doc.text('Texte'); });
  const result = await readDocument(bytes.slice(0, 40), 'cut.pdf');
  assert.ok(!result.ok, JSON.stringify(result));
});

void test('HTML keeps headings, paragraphs and table rows, drops scripts, decodes entities', async () => {
  const html = `<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body>
    <h1>Plan de trabajo</h1>
    <p>Talleres   nacionales
       en Bolivia &amp; Perú.</p><script>var a = "<p>no</p>";</script>
    <table><tr><th>Programa</th><th>Producto</th></tr><tr><td>A. Seguridad</td><td>4 cursos</td></tr></table>
    <ul><li>uno</li><li>dos<br>tres</li></ul></body></html>`;
  const result = await readDocument(encoder.encode(html), 'page.html');
  assert.ok(result.ok && result.format === 'html');
  assert.equal(result.text, 'Plan de trabajo\n\nTalleres nacionales en Bolivia & Perú.\n\nPrograma\tProducto\nA. Seguridad\t4 cursos\n\nuno\ndos\ntres');
});

void test('an HTML file without the extension is recognised by its doctype', async () => {
  const result = await readDocument(encoder.encode('<!doctype html><p>Hola</p>'), 'download');
  assert.ok(result.ok && result.format === 'html' && result.text === 'Hola');
});

void test('a document up to the size limit is read; one character more is refused with advice to split it', async () => {
  const paragraph = 'Un atelier a eu lieu à Kingston.\n';
  const atLimit = paragraph.repeat(Math.ceil(MAX_DOCUMENT_CHARS / paragraph.length)).slice(0, MAX_DOCUMENT_CHARS);
  const read = await readDocument(new TextEncoder().encode(atLimit), 'plan.txt');
  assert.equal(read.ok, true);
  const over = await readDocument(new TextEncoder().encode(`${atLimit}x`), 'plan.txt');
  assert.equal(over.ok, false);
  if (over.ok) return;
  assert.equal(over.code, 'unsupported_input');
  assert.match(over.message, /^plan\.txt holds 750 thousand characters .* more than the 750 thousand one document may have \(about 225 pages\); split it into parts/);
});
