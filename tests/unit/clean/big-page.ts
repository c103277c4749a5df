// A synthetic content-farm page of about 200,000 elements, for checking that the rules give the
// right answer at that size (and, by hand, how long they take). Every tenth section carries one
// block of each kind below; every section carries prose and look-alikes that must stay.

const KINDS_PER_CLUTTERED_SECTION = [
  'breadcrumb',
  'repost-stamp',
  'controls',
  'reactions',
  'view-count',
  'recommendations',
  'share-bar',
] as const;

function prose(i: number, n: number): string {
  return `<p>Officials in district ${i} said on Tuesday that the new budget would fund road repairs, school meals and two clinics, and that the council would vote on it <a href="/n/${i}-${n}">next week</a> after <em>long</em> hearings.</p>`;
}

/** Look-alikes: a trigger word, a number, a label, but story content all the same. */
function content(i: number): string {
  return `<section class="story">
<h2>Council debates budget number ${i}</h2>
${prose(i, 1)}${prose(i, 2)}
<figure><img src="/i/${i}.jpg" alt=""><figcaption>Figure ${i}: 1,200 likes in a day for the mayor's post</figcaption></figure>
<h3>Most read</h3><ul><li>Inflation fell to 2.4% in March</li><li>Wages rose 3.1% over the year</li><li>Unemployment held at 4%</li></ul>
<p>The ranking of the district's schools rose to 12th, and related research found the views of ${i * 3} parents were mixed.</p>
<table><tr><th>Item</th><th>Views</th></tr><tr><td>Budget video</td><td>1,200 views</td></tr></table>
<ul class="facts"><li>Roads: $${i} million</li><li>Schools: $${i + 2} million</li><li>Clinics: $${i + 1} million</li></ul>
${prose(i, 3)}${prose(i, 4)}
</section>`;
}

function cluttered(i: number): string {
  return `<section class="story">
<div class="crumbs">Current: <a href="/">Home</a> &gt; <a href="/s${i}">Section ${i}</a></div>
<h2>Council debates budget number ${i}</h2>
<div class="meta"><span>Date:2025-01-${String((i % 28) + 1).padStart(2, '0')} 10:00:00</span> <a href="#">Print</a></div>
${prose(i, 1)}${prose(i, 2)}
<div class="vote"><button>👍 ${i}</button></div>
<span class="hits">${i * 3} views</span>
${prose(i, 3)}${prose(i, 4)}
<div class="box"><h3>Related</h3><ul>
<li><a href="/r/${i}/1">A bridge reopens after repairs in a nearby town</a></li>
<li><a href="/r/${i}/2">Teachers plan a rally over pay next month</a></li>
<li><a href="/r/${i}/3">A new clinic opens its doors to patients</a></li>
</ul></div>
<ul class="share-links"><li><a href="https://www.facebook.com/sharer/sharer.php?u=/s/${i}">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=/s/${i}">Twitter</a></li></ul>
</section>`;
}

export const BIG_PAGE = {
  sections: 5900,
  /** Blocks of each kind in KINDS_PER_CLUTTERED_SECTION: one per tenth section. */
  perKind: 590,
  kinds: KINDS_PER_CLUTTERED_SECTION,
};

export function bigPage(sections = BIG_PAGE.sections): string {
  const parts: string[] = ['<html><head><title>Big page</title></head><body><main>'];
  for (let i = 1; i <= sections; i++) parts.push(i % 10 === 0 ? cluttered(i) : content(i));
  parts.push('</main></body></html>');
  return parts.join('\n');
}
