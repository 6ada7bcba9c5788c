import { describe, expect, it } from 'vitest';
import { collectBlocks, locate, isUnreadable, BLOCK_GAP } from '../../utils/page/blocks';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};
const texts = (html: string) => collectBlocks(page(html)).map((b) => b.text);

describe('text blocks', () => {
  it('joins the text nodes of one block across inline tags', () => {
    expect(texts('<p>Our <b>stem</b> <a href="#">cell</a> clinic</p>')).toEqual(['Our stem cell clinic']);
  });

  it('starts a new block at block elements and separates text a nested block divides', () => {
    expect(texts('<div>before <p>inside</p> after</div><li>item</li>')).toEqual([`before ${BLOCK_GAP} after`, 'inside', 'item']);
  });

  it('treats <br> as a break', () => {
    expect(texts('<p>stem<br>cell</p>')).toEqual([`stem${BLOCK_GAP}cell`]);
  });

  it('skips code, forms, scripts and our own UI', () => {
    expect(
      texts(`<p>visible</p><script>var stem = 'cell'</script><style>p{}</style><code>NMN</code><pre>HGH</pre>
        <textarea>NAD+</textarea><select><option>stem cell</option></select><noscript>x</noscript>
        <evidence-lens-ui>card text</evidence-lens-ui><p>visible <code>inline code</code> again</p>`),
    ).toEqual(['visible', 'visible  again']);
  });

  it('knows hidden and editable places (checked where a phrase was found)', () => {
    const body = page(`<div hidden><p id="a">one</p></div><p id="b" style="Display: None">two</p><p id="c" aria-hidden="true">three</p>
      <div contenteditable="true"><p id="d">four</p></div><div contenteditable="false"><p id="e">five</p></div><p id="f">six</p>`);
    const unreadable = (id: string) => isUnreadable(body.querySelector(`#${id}`)!.firstChild!);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(unreadable)).toEqual([true, true, true, true, false, false]);
  });

  it('maps block offsets back to text nodes and offsets', () => {
    const [block] = collectBlocks(page('<p>Our <b>stem</b> cell</p>'));
    const start = locate(block, 4, false);
    const end = locate(block, 13, true);
    expect([start.node.data, start.offset]).toEqual(['stem', 0]);
    expect([end.node.data, end.offset]).toEqual([' cell', 5]);
    // A boundary between two nodes: a start belongs to the next node, an end to the previous one.
    expect(locate(block, 8, false).node.data).toBe(' cell');
    expect(locate(block, 8, true).node.data).toBe('stem');
  });

  it('can collect a single block for an incremental rescan', () => {
    const body = page('<div id="a">one <p id="b">two</p> three</div>');
    const a = body.querySelector('#a')!;
    expect(collectBlocks(a, undefined, a).map((b) => b.text)).toEqual([`one ${BLOCK_GAP} three`]);
  });
});
