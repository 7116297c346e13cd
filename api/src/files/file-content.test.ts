import { describe, expect, it } from 'vitest';
import { FilePurpose } from '../nominations/nomination.enums.js';
import { assertNameMatchesContent, detectMediaType, displayFileName } from './file-content.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a7d5a1e60000000049454e44ae426082',
  'hex',
);

describe('what an uploaded file is', () => {
  it('reads the type from the bytes, as the purpose allows', async () => {
    expect(await detectMediaType(PDF, FilePurpose.STAMPED_FORM)).toBe('application/pdf');
    expect(await detectMediaType(PNG, FilePurpose.EVIDENCE)).toBe('image/png');
    await expect(detectMediaType(PNG, FilePurpose.SIGNED_PLEDGE)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'file' },
      message: 'file: Signed pledge must be a PDF file by its content; its content is a PNG image',
      text: { zh: '文件：签字的承诺书须为 PDF 文件，实际内容为 PNG 图片' },
    });
    await expect(
      detectMediaType(Buffer.from('just some text, not a PDF'), FilePurpose.EVIDENCE),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('must be a PDF file, a JPEG image or a PNG image by its content'),
    });
  });

  it('refuses a name that says another type than the content', () => {
    expect(() => assertNameMatchesContent('scan.PDF', 'image/png')).toThrow(
      /\.pdf, but its content is a PNG image/,
    );
    expect(() => assertNameMatchesContent('scan.pdf', 'application/pdf')).not.toThrow();
    expect(() => assertNameMatchesContent('photo.jpeg', 'image/jpeg')).not.toThrow();
    expect(() => assertNameMatchesContent('scan', 'image/png')).not.toThrow();
  });

  it('keeps a display name without folders, control characters or direction overrides, at most 255 long', () => {
    expect(displayFileName('C:\\Users\\张三\\专利证书.pdf', 'evidence.pdf')).toBe('专利证书.pdf');
    expect(displayFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(displayFileName('re\u202eport\u0000.pdf', 'x')).toBe('report.pdf');
    expect(displayFileName('  ...  ', 'evidence.pdf')).toBe('evidence.pdf');
    const long = displayFileName(`${'长'.repeat(300)}.pdf`, 'x');
    expect(Array.from(long)).toHaveLength(255);
    expect(long.endsWith('长.pdf')).toBe(true);
  });
});
