import { describe, expect, it } from 'vitest'
import { bylineName, isBoilerplateLine, removeBoilerplate, speechSpeaker } from '../../src/ingest/boilerplate.ts'
import { parseText } from '../../src/ingest/text.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'
import { rawHeading, rawParagraph } from './helpers.ts'

describe('isBoilerplateLine', () => {
  it.each([
    'Leave a Reply',
    'Leave a comment',
    'Leave a Reply Cancel reply',
    'Share this:',
    'Share this article',
    'Share it with a friend!',
    'Sign In',
    'Добавить отзыв',
    'Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.',
    'Share on Twitter',
    'Share on Facebook',
    'Facebook Twitter LinkedIn Email',
    'Related posts',
    'Related Articles:',
    'You may also like',
    'Subscribe to our newsletter',
    'Sign up for our daily newsletter',
    'Subscribe',
    'We use cookies to give you the best experience on our website.',
    'This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.',
    'Accept all cookies',
    'Advertisement',
    'ADVERTISEMENT',
    'Read more',
    'Read more »',
    'Heba Habib contributed to this report.',
    'Keith Bradsher contributed reporting from Hong Kong.',
    'Jane Roe and John Doe contributed reporting.',
    'Reporting by Jane Roe; Editing by John Doe',
    'Continue reading →',
    'Click here to download the full report',
    '© 2025 Example Media Group. All rights reserved.',
    'Copyright 2024 The Daily Planet',
    'All Rights Reserved',
    'Excerpted from “Superminds: The Surprising Power of People and Computers Thinking Together”. Copyright © 2018 by Thomas W. Malone. Used with permission of Little, Brown and Company, New York. All rights reserved.',
    'Adapted from The Long Walk by Jane Doe, reprinted with permission of the publisher.',
    'Posted in Technology, Policy',
    'Tags: energy, transport, cities',
    'Filed under: Science',
    '3 Comments',
    '[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]',
    '[Bardo museum houses amazing Roman treasures]',
    '[Editor’s note: this story has been updated.]',
    'Read: How the museum was rebuilt',
    'Related: The cost of the new line',
    'THE BUCKLE, INC.',
    '（编辑：严玉洁 王辉）',
    'LEE MÁS | Kenji Fujimori: exministro Giuffra niega haber recibido ofertas',
    'MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos',
    'Related stories: • Study: Google+ population explodes to 10 million • Google+ has its minuses • Google+ invitations no longer so scarce • Google+ access coming to Google Apps, eventually',
    '[Docs] [txt|pdf] [Tracker] [Email] [Diff1] [Diff2] [Nits] Versions: 00 01 02 03 04',
    'Versions: 00 01 02 03 04',
    '###',
    '-30-',
    'Revivez le direct du vote à l’Assemblée avec vos questions.',
    'Follow our live coverage of the election',
    'Translation available for Chinese | 中文',
    'Also available in: Français, Deutsch',
    'Comments (5 posted)',
    '1:39 PM ET',
    'Updated 10.05 am GMT',
    'Page editor: Jonathan Corbet',
    'Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
    '1 / 5',
    '22 Dec, 2016 22 Dec, 2016',
    'Nov. 20, 2019, 9:28 AM UTC',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    '22.10.2010, 20:13 Uhr',
    'Le 22 octobre 2010 à 20h13',
    'SI Recommends',
    'Story continues below gallery',
    'Originally published on Live Science.',
    'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
    'March 3, 2015',
    'Ben Silverman is on Twitter at ben_silverman.',
    'Follow Jane Doe on Twitter @jdoe',
    'Would you like to be part of the Fandom team? Join our Fan Contributor Program and share your voice on Fandom.com!',
    'Promoted By Zergnet',
    'This section needs expansion with: Proof of the properties requested.',
    'You can help by adding to it.',
    'December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST',
    'Updated on September 19 at 3:15 p.m.',
    'Get up-to-the-minute updates: Download CNN MoneyStream',
    'Read this story in Bengali',
    'Use the promo code INVENTORY25',
    'UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with further clarification from NBC 4 New York',
    'Sound off below!',
    'G/O Media may get a commission',
    'Become a Blister member now to check out this and all of our Flash Reviews',
    'skimming scheme seized cash and cards.jpg',
    'You can also receive the full “Brexit Britain: the trade challenge” report as a fully designed PDF document. To do so, simply enter your email below.',
    'Published Sept. 3, 2021',
    'Produced by Alicia DeSantis and Josh Williams, Photographs by Lexey Swall, Written by Graham Bowley, Interviews by Tamara Best, Graphics by Anjali Singhvi',
    'Want more updates from Sam? Sign up for his newsletter, Spam Stein',
    'When you sign up for this free report, you will also join our free Prospect newsletter.',
    'Prospect takes your privacy seriously. We promise never to rent or sell your e-mail address to any third party.',
    'Keith Noonan has no position in any of the stocks mentioned. The Motley Fool owns shares of and recommends Activision Blizzard.',
    'The story is part of a special series that explores energy issues. For more, visit The Great Energy Challenge.',
    'On Twitter: Follow Wendy Koch and get more environment and energy coverage at NatGeoEnergy',
    'Vous pouvez joindre Frédéric Zalac par courriel à frederic.zalac@radio-canada.ca ou par téléphone au 604 662-6882',
    // lines of unseen pages (trafilatura's test set): phys.org, Wikimedia, Correctiv, GitHub's blog, KnowTechie, the Mercury News, the SCMP, The Planetary Press, National Geographic, the Vancouver Sun
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.',
    'Citation: Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking (2019, October 1) retrieved 20 January 2020 from https://phys.org/news/2019-10-flint-flake-tool-partially-birch.html',
    'More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology and a Neandertal tar-backed tool from the Dutch North Sea, Proceedings of the National Academy of Sciences (2019). DOI: 10.1073/pnas.1907828116',
    'Help us unlock the world’s knowledge.',
    'As a nonprofit, Wikipedia and our related free knowledge projects are powered primarily through donations.',
    'Unsere Arbeit ist spendenfinanziert. Wir freuen uns, dass bereits tausende Menschen unsere Arbeit unterstützenswert finden. Helfen auch Sie mit, investigativen und unabhängigen Journalismus zu ermöglichen.',
    'Follow them on GitHub or Twitter',
    'Want to know more about Erin Spiceland? Follow them on GitHub or Twitter.',
    'You can keep up with me on Twitter: @Josiah_Motley',
    'Check back in soon—we’ll be adding new interviews weekly throughout March.',
    'Submit your letter to the editor via this form.',
    'Published: 10:00am, 20 Jan, 2020',
    'Updated: 10:09am, 20 Jan, 2020',
    'Credit: Tomas Munita/CIFOR (CC BY-NC-ND 2.0)',
    'Header Image: People have lived in Ecuador’s Amazon forests for thousands of years, including those who made this petroglyph in Napo province.',
    'Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative Commons by',
    'Photograph by EAG Antigua',
    'Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss',
    'Related',
    // a blog's reply line, a reading time and a newsroom's correction (newspaper's and go-trafilatura's test pages)
    'You can leave a response, or trackback from your own site.',
    'This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under Personal, Technology.',
    'Tempo di lettura: 3 minuti',
    'Lesezeit: ca. 4 Min.',
    '5 min read',
    // how many times the page was seen, in a line of its own (Última Hora's "vistas")
    'Visto 314 veces',
    // a writer's role alone on its line under the byline
    'Opinion Columnist',
    // when the page was published and updated, alone on its line
    'Pubblicato il: 30 Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020',
    'Published on 12 March 2021 | Last updated: 14 March 2021',
    // a newsletter's promotion set in square brackets
    '[Alle wichtigen Updates des Tages zum Coronavirus finden Sie im kostenlosen Tagesspiegel-Newsletter "Fragen des Tages". Dazu die wichtigsten Nachrichten, Leseempfehlungen und Debatten. Zur Anmeldung geht es hier.]',
    // a link alone to the page in another language
    '中文翻译 Chinese Version',
    'Version française',
    'Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC',
    // a syndicating newsroom's credit
    'This story was provided by SpaceNews, dedicated to covering all aspects of the space industry.',
    // hashtags alone, a link to another post under its label
    '#우유,#인류,#고인류학,#키,#체중',
    '이전 포스트: https://blog.naver.com/jjy0501/100207404473',
    'Senior Political Correspondent',
    '1,204 views',
    'Просмотров: 1 520',
    'Correction: This posting has been updated with a revised total of 3.9 million unauthorized immigrants affected by the president’s action, and other related revised estimates.',
    'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to Amazon.com and affiliated sites.',
    'Skomentuj lub udostępnij',
    'Partager',
    // invitations to follow on a network, a programme's broadcast, a study's reference
    'On Wednesday, I’ll report on some of the other ways the union is helping. In the meantime, let us know about your experiences. Join Fixes on Facebook and follow updates on twitter.com/nytimesfixes.',
    'Brian Mossop is Community Manager at the Public Library of Science. For more, follow on Twitter at @bmossop and @wiredplaybook and on Facebook.',
    'Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous',
    'BBC Radio 4\'s Escape from the Deep is broadcast on Friday 2 December 2011 at 1100 GMT. Or listen again on BBC iPlayer.',
    'Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.',
    'The Read the Docs Team',
    '— The Rust Release Team',
    'Il Team Developers Italia',
    '| FoxNews.com',
    'L’équipe Framasoft',
    'Das Rust-Team',
    'Management will hold a live audio webcast at 10:00 a.m. EST today to discuss results for the quarter. To register for the live event, please visit https://buckle.zoom.us/webinar/register/WN_ZagNJtIfQImjiUbr7g6zdw. A replay of the event can be accessed through Buckle’s investor relations website within twenty-four hours after the conclusion of the live event (https://corporate.buckle.com/investors/earnings-webcasts).',
    'Shovel Knight was reviewed using code provided by Yacht Club Games. You can find additional information about Polygon\'s ethics policy here.',
    'XXX Is the salt needed? Reevaluate.',
    'TODO: specify the control port API between browser and tor',
    'https://www.monerooutreach.org/stories/RPC-Pay.html [REF_POW_PERF]: https://gitlab.torproject.org/tpo/core/torspec/327-pow-over-intro.txt#L1050 [REF_RES_BENCH]: https://github.com/asn-d6/res_tokens_benchmark',
    'Image by © Bettmann/CORBIS Citation: Wobber, V., Hare, B., Maboto, J., & Ellison, P. (2010) Differential changes in steroid hormones before competition in bonobos and chimpanzees. Proceedings of the National Academy of Sciences, 107(28), 12457-12462.',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each([
    'Share prices fell by 4% on Tuesday after the announcement.',
    '314 views of the harbour were painted that year.',
    'The columnist wrote about it.',
    'Published in 1998, the novel sold two million copies in its first year alone.',
    'The #1 seed won: https://example.org/results has the scores for every round of the event.',
    'She said the related posts on social media were misleading, and asked readers to check sources.',
    'Il team ha lavorato duramente.',
    'Ein starkes Team',
    'Copyright law in Europe has changed a great deal since 2019.',
    'The copyright on the songs expired in 2019, and the label says that all rights reserved to the band have passed to a trust that now licenses them to film studios, radio stations and the streaming services that pay for them.',
    'We use several cookies recipes from my grandmother in the bakery.',
    'Signing up new members took the club most of the summer.',
    'Read the full statement, the minister said, before judging it.',
    'The comments were made at a press conference in Paris.',
    'Watch how the crowd reacted when the band went live on stage for the first time in a decade.',
    'Suivez le guide : la ligne rouvre en mai et les trains seront plus rapides que jamais auparavant.',
    'Advertisement revenue fell by a third last year.',
    'Posted in 1998, the letter arrived two weeks late.',
    'Leave',
    '[1] The figures are for 2023.',
    'Read the report: it is worth it.',
    'Related parties hold 12% of the shares.',
    'The agency said 40 scientists contributed to this report.',
    'Reporting by phone was allowed for the first time.',
    'On March 3, 2015 the bridge opened.',
    'Jane Doe is on Twitter a lot, and her followers love it.',
    'The mayor asked residents to join the community garden program this spring, and many did.',
    'This section of the river needs dredging every spring.',
    'Lire la suite de ce texte demande du temps, dit-elle.',
    'Translation services available for refugees have doubled since 2020.',
    '12.50 euros',
    'At 1:39 PM the doors opened.',
    'The page editor said the story would run on Sunday.',
    'The newsletter she signed up for arrived every Monday, and she read it on the train.',
    'The fund owns shares of three carmakers, the filing shows.',
    'The story of the museum is part of the city’s history.',
    'No part of the bridge may be reproduced elsewhere, the engineers said, because the design is unique.',
    'The museum is funded by donations from the public and a grant from the city, which covers the staff.',
    'Help arrived in the form of three fire engines and a helicopter from the coast guard.',
    'Follow the river north for two miles and the path turns east toward the village.',
    'Photographs by the survey team showed the damage to the roof.',
    'Related species live on the neighbouring islands, but none as large.',
    'Credit card late payment fees rose to $12 billion in 2020.',

    'He said readers could email their questions, and hundreds did within the first hour.',
    'Produced by a small studio, the film was written by two sisters.',
    'Updated on September 19, the rules take effect at once.',
    'Download speeds fell by half in the evening, the regulator found.',
    'The agents may earn more than the players this year, the union said, and few of them complain.',
    'The agency said readers could download the full report from its site next week, once it is printed.',
    'Die Wahl am 22.10.2010 um 20:13 Uhr brachte der Partei einen klaren Sieg',
    'Polls close at 20:00 in 2024 across the whole country',
    'Experts recommend',
    'The panel recommends a later start for schools.',
    'This entry was the last one the jury read before the prize was given.',
    'Reading time for the whole report is about three hours, the authors warn.',
    'Correction of the budget came later in the year, after the audit.',
    'Amazon’s affiliate program pays publishers a share of each sale they send to the store.',
    'Millions follow him on Twitter, where he posts several times a day.',
    'The team won the cup.',
    'The bill was reviewed by the committee before the vote.',
    'The council will hold a public hearing on the budget next week, and residents can speak.',
    'The match is broadcast on Friday evenings across the country, the league said.',
  ])('keeps prose %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false)
  })
})

describe('a release’s legal notice', () => {
  it('drops the forward-looking statements notice, however long, and keeps prose about such statements', () => {
    expect(isBoilerplateLine(`This press release contains forward-looking statements regarding our future business plans and expectations. ${'These statements are subject to risks. '.repeat(20)}`)).toBe(true)
    expect(isBoilerplateLine('Analysts said the forward-looking statements in the release were cautious.')).toBe(false)
  })
})

describe('a post’s date line and a mark’s legal line', () => {
  it.each(['Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn', 'Tuesday 15 October 2019 by Bradley M. Kuhn', 'March 5, 2024 by Jane Doe', 'Written by on November 7, 2023', 'ebb ℠ is a service mark of Bradley M. Kuhn'])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })
  it.each(['The new version is faster.', 'current version', 'This story was shared by millions of readers within a day.', 'The report was published on 5 March 2024 by the agency.', 'On 15 October 2019 the board was told by Bradley Kuhn that he would resign.'])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false)
  })
})

describe('press contacts', () => {
  it('drops a contact given on one line or over a few', () => {
    expect(isBoilerplateLine('Investors: Kenneth Dorell investor@meta.com / investor.fb.com')).toBe(true)
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'Revenue rose.' }, { kind: 'paragraph', text: 'Press:\nRyan Moore\npress@meta.com / about.fb.com/news/' }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['Revenue rose.'])
    expect(isBoilerplateLine('Investors said the results were strong, and emailed questions to the company.')).toBe(false)
    expect(isBoilerplateLine('You can reach the desk at news@example.com.')).toBe(true)
    expect(isBoilerplateLine('Contact: press@example.com')).toBe(true)
  })

  it('keeps an event of the story that names a mail address, and a time that labels the line after it', () => {
    const event = '2024-06-28 7:09 AM Eastern:\nBrian Moussalli of JFrog reports their finding of the token to security@pypi.org and Ee\'s personal email address.'
    expect(isBoilerplateLine(event.replace('\n', ' '))).toBe(false)
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'The token was revoked at once.' }, { kind: 'list-item', text: event }, { kind: 'list-item', text: '2024-06-28 7:26 AM Eastern:\nGitHub Personal Access Token for ewdurbin destroyed.' }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['The token was revoked at once.', event, '2024-06-28 7:26 AM Eastern:\nGitHub Personal Access Token for ewdurbin destroyed.'])
  })
})

describe('other stories linked in other languages', () => {
  it.each([
    'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement',
    'Lire : Que sont les IMSI-catchers ?',
    'Lesen Sie auch: Was das Gesetz ändert',
    'Leer más: La crisis en el sur',
    '延伸阅读：香港的选举',
    'Le puede interesar: JEP abrirá tres nuevos macrocasos: Farc y fuerza pública',
    'Mehr: Die Beschränkungen in Frankreich sind wesentlich strenger als in Deutschland',
    'Czytaj też: Fińskie prawo alkoholowe',
    'Читайте также: Минтруд ответил на запрос',
    'Recibe alertas desde Google News',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each(['*', '* * *', '⁂', '—'])('drops a separator typed as a paragraph: %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it('keeps a run of hyphens or equals signs, plain text\'s own rule', () => {
    expect(isBoilerplateLine('---')).toBe(false)
    expect(isBoilerplateLine('===')).toBe(false)
  })

  it('keeps a sentence that only names the word or the service', () => {
    expect(isBoilerplateLine('Mehr als die Hälfte der Pendler fährt mit dem Zug.')).toBe(false)
    expect(isBoilerplateLine('Google News changed how the site reached readers in 2019.')).toBe(false)
  })
})

describe('a story\'s update line in other languages, a release\'s number, and a page\'s class names', () => {
  it.each(['Article mis à jour le 7 janvier 2020.', 'Aktualisiert am 3. Mai 2021, 10:12 Uhr', 'Artículo actualizado el 4 de mayo de 2022', 'Aggiornato il 5 maggio 2021', 'for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-upfor-wide-desktop-up'])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each(['Blister Members can now check out our Flash Review of the Outline. Become a Blister member now to check out this and all of our Flash Reviews.', 'Become a Blister Member or Deep Dive subscriber to check out our Deep Dive comparisons.'])('drops a short paragraph that calls the reader to pay for more: %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each(['El periodismo de CONFIDENCIAL no sería posible sin tu apoyo.', 'Si está entre tus posibilidades, te invitamos a unirte a este esfuerzo colectivo.', 'Hier finden Sie alle Beiträge, die bisher im Rahmen der Serie erschienen sind.'])('drops an appeal for funds or a pointer to the rest of a series: %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it('keeps a sentence about becoming a member', () => {
    expect(isBoilerplateLine('She wanted to become a member of the club, and in 1998 she did.')).toBe(false)
  })

  it('drops a page\'s own contents as a row of links, and a run of labels (a gallery\'s captions and its pager), not a short paragraph or two', () => {
    expect(isBoilerplateLine('Specs // First Look // Full Review // Bottom Line // Rocker Pics')).toBe(true)
    expect(isBoilerplateLine('Either way // the road is long.')).toBe(false)
    const story = { kind: 'paragraph' as const, text: 'The Line Outline seems to embody its designer’s skiing style, which makes a lot of sense.' }
    const labels = ['Full Profile', 'Tip Profile', 'Tail Profile', 'Top Sheet', 'Previous', 'Next'].map((text) => ({ kind: 'paragraph' as const, text }))
    expect(removeBoilerplate([story, { kind: 'heading', depth: 2, text: 'Rocker Pics' }, ...labels], {}).blocks.map((b) => b.text)).toEqual([story.text, 'Rocker Pics'])
    const two = [story, { kind: 'paragraph' as const, text: 'Bottom Line' }, { kind: 'paragraph' as const, text: 'Flash Review' }, story]
    expect(removeBoilerplate(two, {}).blocks).toHaveLength(4)
  })

  it.each(['END 12:32 P.M. EDT', 'END'])('drops a transcript\'s end line: %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
    expect(isBoilerplateLine(`${line} of the war came in 1945.`)).toBe(false)
  })

  it.each(['Comunicato Stampa n. 03/2020', 'Press release No. 12', 'Pressemitteilung Nr. 7/2021', '( Pescasseroli, 14 Gennaio 20 )', '(Bruxelles, 3 mai 2021)'])('drops a release\'s number or its place and day in brackets, alone: %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it('keeps a sentence about a release, and words in brackets that say more', () => {
    expect(isBoilerplateLine('The press release No. 12 was withdrawn a day later.')).toBe(false)
    expect(isBoilerplateLine('(The vote was held in Brussels, 3 May 2021, after a long debate.)')).toBe(false)
  })

  it('keeps a sentence about an update, and a hyphenated word of a sentence', () => {
    expect(isBoilerplateLine('Le texte a été mis à jour le 7 janvier 2020 par le Parlement.')).toBe(false)
    expect(isBoilerplateLine('Actualizado el reglamento, el Gobierno aprobó 12 decretos nuevos en mayo.')).toBe(false)
    expect(isBoilerplateLine('state-of-the-art')).toBe(false)
    expect(isBoilerplateLine('The up-to-the-minute-news feed.')).toBe(false)
  })
})

describe('a speech\'s header', () => {
  it('names the speaker, cut before what and where', () => {
    expect(speechSpeaker('Remarks of Vice President Joe Biden: Weekly Address The White House April 11, 2015')).toBe('Vice President Joe Biden')
    expect(speechSpeaker('Remarks by Secretary Jane Doe at the Harbour Conference')).toBe('Secretary Jane Doe')
    expect(speechSpeaker('Prepared remarks by Anna Berg, Harbour Master')).toBe('Anna Berg')
    // (not a role alone, nor a sentence about remarks)
    expect(speechSpeaker('Remarks by the President at the Summit')).toBeUndefined()
    expect(speechSpeaker('Remarks by officials suggested that the ferry would be sold within a year.')).toBeUndefined()
  })

  it('is the byline when the page gives none, and leaves the body', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text })
    const r = removeBoilerplate([p('In this week’s address, the Vice President laid out the plan.'), p('The plan makes two years of college free for students who work hard.'), p('Free college is good for workers and for companies, he said.'), p('Remarks of Vice President Joe Biden: Weekly Address The White House April 11, 2015'), p('Ladies and Gentlemen, this is Joe Biden.')], {})
    expect(r.byline).toBe('Vice President Joe Biden')
    expect(r.blocks.map((b) => b.text)).not.toContain('Remarks of Vice President Joe Biden: Weekly Address The White House April 11, 2015')
  })
})

describe('bylineName', () => {
  it('extracts names from byline lines', () => {
    expect(bylineName('By Jane Doe')).toBe('Jane Doe')
    expect(bylineName('By Jane Doe | March 3, 2025')).toBe('Jane Doe')
    expect(bylineName('By Jane Doe, Staff Writer')).toBe('Jane Doe')
    expect(bylineName('By Vlad Savov posted Apr 9th 2011 5:00PM')).toBe('Vlad Savov')
    expect(bylineName('Written by Ana de la Cruz')).toBe('Ana de la Cruz')
    expect(bylineName('By: Brian Deese, Neale Mahoney, Tim Wu')).toBe('Brian Deese, Neale Mahoney, Tim Wu')
    expect(bylineName('Author: Jane Doe')).toBe('Jane Doe')
    expect(bylineName('Author: Eyal Bukchin (MetalBear)')).toBe('Eyal Bukchin (MetalBear)')
    expect(bylineName('Authors: Michael Mueller (Giant Swarm)')).toBe('Michael Mueller (Giant Swarm)')
  })

  it('takes a line of names after a standfirst for the byline, not a sentence there', () => {
    const standfirst = { kind: 'paragraph' as const, text: 'The administration is taking action on junk fees that hurt the economy.' }
    const body = { kind: 'paragraph' as const, text: 'Last month, at a meeting of the council, the President called on all agencies to reduce hidden fees.' }
    const r = removeBoilerplate([standfirst, { kind: 'paragraph', text: 'By: Brian Deese, Neale Mahoney, Tim Wu' }, body], {})
    expect(r.byline).toBe('Brian Deese, Neale Mahoney, Tim Wu')
    expect(r.blocks.map((b) => b.text)).toEqual([standfirst.text, body.text])
    const sentence = removeBoilerplate([standfirst, { kind: 'paragraph', text: 'By Tuesday, Officials Had Left.' }, body], {})
    expect(sentence.byline).toBeUndefined()
    expect(sentence.blocks).toHaveLength(3)
  })
  it('reads a byline line in other languages, "Un texte de …", "Par …", "Por …"', () => {
    expect(bylineName('Un texte de Frédéric Zalac d’Enquête')).toBe('Frédéric Zalac d’Enquête')
    expect(bylineName('Par Cécile Ducourtieux')).toBe('Cécile Ducourtieux')
    expect(bylineName('Por Ana García')).toBe('Ana García')
    expect(bylineName('Par conséquent, le juge se récuse.')).toBeUndefined()
  })

  it('drops a run of blocks printed again right after itself, once the credits between are gone', () => {
    const card = [
      { kind: 'heading' as const, depth: 4, text: 'Tubman’s Hymnal' },
      { kind: 'paragraph' as const, text: 'Harriet Tubman has a national park named in her honor, and she will be on the $20 bill.' },
    ]
    const story = { kind: 'paragraph' as const, text: 'The museum decided to tell its story in part chronologically rather than thematically.' }
    const r = removeBoilerplate([story, ...card, ...card, story], {})
    expect(r.blocks.map((b) => b.text)).toEqual([story.text, 'Tubman’s Hymnal', card[1]!.text, story.text])
  })

  it('drops a pull quote whose words a longer paragraph says again, not a short paragraph of its own', () => {
    const said = { kind: 'paragraph' as const, text: '“I totally agree with my wife. That’s one solution,” Kingma says with a laugh. In truth, he turns it down again.' }
    const story = { kind: 'paragraph' as const, text: 'The museum decided to tell its story in part chronologically rather than thematically.' }
    const r = removeBoilerplate([story, { kind: 'paragraph', text: 'I totally agree with my wife.' }, said], {})
    expect(r.blocks.map((b) => b.text)).toEqual([story.text, said.text])
    const own = removeBoilerplate([story, { kind: 'paragraph', text: 'The doors open at nine each morning.' }, said], {})
    expect(own.blocks).toHaveLength(3)
  })

  it('drops the credit set under a pull quote ("News industry analyst Ken Doctor"), not one under a quotation of its own', () => {
    const story = { kind: 'paragraph' as const, text: 'Perhaps there are grounds for hope, since the new company will have national-scale heft.' }
    const pull = { kind: 'blockquote' as const, text: 'Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry.' }
    const credit = { kind: 'paragraph' as const, text: 'News industry analyst Ken Doctor' }
    const said = { kind: 'paragraph' as const, text: '“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole,” says veteran industry analyst Ken Doctor.' }
    // (deep in a story with a byline, not among its last lines: a name alone on a line there may be the byline, or a note on the author)
    const opening = ['The merger became final on Tuesday after a vote of both boards.', 'The chain will own more than two hundred daily papers across the country.', 'Its chief executive promised to invest in local reporting.'].map((text) => ({ kind: 'paragraph' as const, text }))
    const meta = { byline: 'Michael Hiltzik' }
    const closing = ['Advertisers have many online platforms to reach customers today.', 'The company did not answer questions about its plans for the newsrooms.'].map((text) => ({ kind: 'paragraph' as const, text }))
    expect(removeBoilerplate([...opening, story, pull, credit, said, ...closing], meta).blocks.map((b) => b.text)).toEqual([...opening, story, said, ...closing].map((b) => b.text))
    // (after a quotation set apart that the story does not say again, the credit is the quotation's)
    const own = { kind: 'blockquote' as const, text: 'The doors of the newsroom open at nine each morning.' }
    expect(removeBoilerplate([...opening, story, own, credit, said, ...closing], meta).blocks).toHaveLength(9)
  })

  it('drops a pull quote set apart whose clauses the story quotes with its attributions between them, not a quotation of its own', () => {
    const pull = { kind: 'blockquote' as const, text: '“It is not enough for one day in a hospital. They just want to help us with burial and not medicine or what we need inside the operating rooms.”' }
    const next = { kind: 'paragraph' as const, text: 'U.S. President Joe Biden’s administration has boasted about getting aid trucks into Gaza.' }
    const asked = { kind: 'paragraph' as const, text: 'Asked about the medical aid, Al-Hams sighed. “It is not enough for one day in a hospital,” he said.' }
    const burial = { kind: 'paragraph' as const, text: '“They just want to help us with burial and not medicine,” he said, “or what we need inside the operating rooms.”' }
    expect(removeBoilerplate([pull, next, asked, burial], {}).blocks.map((b) => b.text)).toEqual([next.text, asked.text, burial.text])
    const own = { kind: 'blockquote' as const, text: '“We rebuilt the ward in a week. Nobody believed we could do it.”' }
    expect(removeBoilerplate([own, next, asked, burial], {}).blocks).toHaveLength(4)
  })

  it('drops the byline signing the article off as its last line', () => {
    const body = { kind: 'paragraph' as const, text: 'Le Conseil européen de fin juin pourrait constituer un rendez-vous important.' }
    const r = removeBoilerplate([body, { kind: 'paragraph', text: 'Les dirigeants de l’Union devraient enfin y décider des modalités pratiques.' }, { kind: 'paragraph', text: 'Cécile Ducourtieux(Bruxelles, bureau européen)' }], { byline: 'Par Cécile Ducourtieux(Bruxelles, bureau européen)' })
    expect(r.blocks).toHaveLength(2)
  })

  it('ignores sentences that start with "By"', () => {
    expect(bylineName('By the end of the year, prices had doubled.')).toBeUndefined()
    expect(bylineName('By noon the crowd had gone')).toBeUndefined()
  })
})

describe('removeBoilerplate', () => {
  it('drops the closing note on who the authors are, not a closing sentence of the story', () => {
    const note = 'Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es abogado y analista internacional'
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'La protesta social es indisociable de la democracia.' }, { kind: 'paragraph', text: note }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['La protesta social es indisociable de la democracia.'])
    // the note names the authors the page's metadata did not
    expect(r.byline).toBe('Andrés Malamud, Martín Schapiro')
    expect(removeBoilerplate([{ kind: 'paragraph', text: 'La protesta social es indisociable de la democracia.' }, { kind: 'paragraph', text: note }], { byline: 'La Nación' }).byline).toBeUndefined()
    const kept = removeBoilerplate([{ kind: 'paragraph', text: 'The vote is on Monday.' }, { kind: 'paragraph', text: 'President Trump is expected to sign the bill next week.' }], {})
    expect(kept.blocks).toHaveLength(2)
    const en = removeBoilerplate([{ kind: 'paragraph', text: 'The vote is on Monday.' }, { kind: 'paragraph', text: 'Jane Doe is a reporter at the Tribune.' }], {})
    expect(en.blocks).toHaveLength(1)
    // a thing the closing sentence describes is no author
    const thing = removeBoilerplate([{ kind: 'paragraph', text: 'The vote is on Monday.' }, { kind: 'paragraph', text: 'The Bardo Museum is the largest museum in Tunisia.' }], {})
    expect(thing.byline).toBeUndefined()
  })

  it('drops a closing note that opens on the byline\'s name and a comma, in any language, not a paragraph that names someone else so', () => {
    const story = { kind: 'paragraph' as const, text: 'To nie surowy klimat jest największą przeszkodą dla rozwoju fińskiego winiarstwa.' }
    const note = { kind: 'paragraph' as const, text: 'Dominika Rafalska, doktor nauk humanistycznych, absolwentka enologii na UJ, dziennikarka, redaktorka. Prowadzi zajęcia z komunikacji w branży winiarskiej.' }
    expect(removeBoilerplate([story, note], { byline: 'Dominika Rafalska' }).blocks.map((b) => b.text)).toEqual([story.text])
    expect(removeBoilerplate([story, note], { byline: 'Jan Kowalski' }).blocks).toHaveLength(2)
  })

  it('drops a closing note on the byline\'s writer that goes on under a pronoun ("Ee Durbin is the Director … They have been contributing …"), not one on someone else', () => {
    const story = { kind: 'paragraph' as const, text: 'Cooperation between all parties helps to improve the security of open source.' }
    const note = { kind: 'paragraph' as const, text: 'Ee Durbin is the Director of Infrastructure at the Python Software Foundation. They have been contributing to keeping PyPI online, available, and secure since 2013.' }
    expect(removeBoilerplate([story, note], { byline: 'Ee Durbin' }).blocks.map((b) => b.text)).toEqual([story.text])
    expect(removeBoilerplate([story, note], { byline: 'Jan Kowalski' }).blocks).toHaveLength(2)
  })

  it('takes a date and the place it was written in, a line of its own among the first, for the story\'s date ("23 Oct 2008 - San Francisco")', () => {
    const story = { kind: 'paragraph' as const, text: 'For an entrepreneur, the line between horrible mistake and runaway success can be thin.' }
    for (const [line, date] of [['23 Oct 2008 - San Francisco', '23 Oct 2008'], ['San Francisco, May 30, 2025', 'May 30, 2025']] as const) {
      const r = removeBoilerplate([{ kind: 'paragraph', text: line }, story], {})
      expect([r.date, r.blocks.map((b) => b.text)]).toEqual([date, [story.text]])
    }
    // (a sentence with a date is the story's)
    expect(removeBoilerplate([{ kind: 'paragraph', text: 'The fair opened on 23 Oct 2008 - in San Francisco, of all places.' }, story], {}).date).toBeUndefined()
  })

  it('drops a closing note on the byline\'s writer that names their books in quotation marks, the byline written as the page did ("By DAVID BORNSTEIN")', () => {
    const story = { kind: 'paragraph' as const, text: '“The government can’t replace civil society,” she added.' }
    const note = { kind: 'paragraph' as const, text: 'David Bornstein is the author of “How to Change the World,” which has been published in 20 languages. He is the founder of dowser.org, a media site that reports on social innovation.' }
    expect(removeBoilerplate([story, note], { byline: 'By DAVID BORNSTEIN' }).blocks.map((b) => b.text)).toEqual([story.text])
    expect(removeBoilerplate([story, note], { byline: 'Jan Kowalski' }).blocks).toHaveLength(2)
  })

  it('drops a note on the author that names them with a nickname in brackets and asks the reader to follow them and to subscribe', () => {
    const note = 'Andrew Montalenti (aka pixelmonkey, amontalenti) is the co-founder and CTO of Parse.ly, which provides data insights to the web’s best publishers. You can follow him on Twitter or LinkedIn. If you liked this post, you should subscribe to his free e-mail newsletter.'
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'We put the power of a desktop computer into the palm of a hand.' }, { kind: 'paragraph', text: note }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['We put the power of a desktop computer into the palm of a hand.'])
  })

  it('drops a note on the writer that goes on about their work, and the newspaper\'s print-edition tail after it', () => {
    const story = { kind: 'paragraph' as const, text: 'The vote is on Monday.' }
    const notes = [
      'Corey Kilgannon is a Metro reporter covering news and human interest stories. His writes the Character Study column. He was also part of the team that won the 2009 Pulitzer Prize.',
      'Nelson D. Schwartz has covered economics since 2012. Previously, he wrote about Wall Street and banking. He joined The Times in 2007 as a feature writer. @NelsonSchwartz',
    ]
    for (const note of notes) {
      const tail = ['A version of this article appears in print on', ', on Page', 'A', '22', 'of the New York edition', 'with the headline:', 'Under the Streets. Order Reprints | Today’s Paper | Subscribe']
      const r = removeBoilerplate([story, { kind: 'paragraph', text: note }, ...tail.map((text) => ({ kind: 'paragraph' as const, text }))], {})
      expect(r.blocks.map((b) => b.text), note).toEqual([story.text])
    }
    // notes one after the other, a note of two writers, one that sends the reader to the writer
    const closing = [
      'Laura E. Adkins is the Forward’s contributing network editor. Contact her at adkins@forward.com or on Twitter, @Laura_E_Adkins.',
      'Laura E. Adkins is Opinion Editor of the Forward.',
    ]
    expect(removeBoilerplate([story, ...closing.map((text) => ({ kind: 'paragraph' as const, text }))], {}).blocks.map((b) => b.text)).toEqual([story.text])
    for (const note of ['Grierson & Leitch write about the movies regularly for the New Republic and host a podcast on film. Follow them on Twitter @griersonleitch.', 'Zach Hanlon is a marketing and sales expert who has worked with IBM, Oracle, and other businesses. Follow him on Twitter at @zshanlon.']) {
      expect(removeBoilerplate([story, { kind: 'paragraph', text: note }], {}).blocks.map((b) => b.text), note).toEqual([story.text])
    }
    // one the story describes, and who goes on in the story's own words, stays
    const person = removeBoilerplate([story, { kind: 'paragraph', text: 'Maria Lopez is a nurse in Ohio. She says she will vote for the first time.' }], {})
    expect(person.blocks).toHaveLength(2)
  })

  it('drops a paragraph that is one link asking the reader to go elsewhere, not one that names a page', () => {
    const link = (text: string) => ({ kind: 'paragraph' as const, text, linkOnly: true })
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'The president spoke for an hour.' }, link('Read the full transcript of his interview'), { kind: 'paragraph', text: 'Read the full transcript, he said.' }, link('The full guide to the new rules')], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['The president spoke for an hour.', 'Read the full transcript, he said.', 'The full guide to the new rules'])
    // (another story's headline as a link between two paragraphs is no paragraph of this one)
    const between = removeBoilerplate([{ kind: 'paragraph', text: 'The president spoke for an hour.' }, link('Source: Trump ‘irritated’ by Conway attacks on Romney'), { kind: 'paragraph', text: 'The vote on the new budget is on Monday, and the council expects a long debate before it.' }], {})
    expect(between.blocks.map((b) => b.text)).toEqual(['The president spoke for an hour.', 'The vote on the new budget is on Monday, and the council expects a long debate before it.'])
  })

  it('drops a run of links under a label ("You might also like:"), not the article\'s own list of links its sentence introduces', () => {
    const link = (text: string) => ({ kind: 'list-item' as const, text, linkOnly: true })
    const items = [link('String.prototype.isWellFormed and toWellFormed'), link('Resizable ArrayBuffer and growable SharedArrayBuffer'), link('WebAssembly Tail Call')]
    const own = removeBoilerplate([{ kind: 'paragraph', text: 'V8 11.3 brings improved performance and new language features including:' }, ...items, { kind: 'paragraph', text: 'The update was a contribution by Michaël Zasso.' }], {})
    expect(own.blocks.map((b) => b.text)).toEqual(['V8 11.3 brings improved performance and new language features including:', ...items.map((b) => b.text), 'The update was a contribution by Michaël Zasso.'])
    const others = removeBoilerplate([{ kind: 'paragraph', text: 'The museum reopened on Friday.' }, { kind: 'paragraph', text: 'You might also like:' }, ...items], {})
    expect(others.blocks.map((b) => b.text)).toEqual(['The museum reopened on Friday.'])
  })

  it('drops a Chinese page\'s credits, original-title note, rights notice and share line, not a sentence that names an author', () => {
    for (const line of ['出品︱网易科学人栏目组 胖胖', '作者︱春春', '原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人', '【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】', '转播到腾讯微博'])
      expect(isBoilerplateLine(line), line).toBe(true)
    expect(isBoilerplateLine('作者在文中指出，宇航员在飞行前12小时是严禁饮酒的。')).toBe(false)
    // and a section of recommendations under its heading
    const r = removeBoilerplate([{ kind: 'paragraph', text: '宇航员在飞行前12小时是严禁饮酒的。' }, { kind: 'heading', depth: 3, text: '精彩视频推荐' }, { kind: 'paragraph', text: '一段推荐的视频' }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['宇航员在飞行前12小时是严禁饮酒的。'])
  })

  it('drops a Korean page\'s rights notices and the columnist\'s name and mail address, not a sentence that gives an address', () => {
    for (const line of ["저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지", '무단전재 및 재배포 금지', '정덕현 칼럼니스트 thekian1@entermedia.co.kr', 'Jane Doe, staff writer jdoe@example.com'])
      expect(isBoilerplateLine(line), line).toBe(true)
    expect(isBoilerplateLine('The ferry office answered every letter sent to ferry@example.com')).toBe(false)
    expect(isBoilerplateLine('류화영은 한 매체에 자신의 입장을 털어놓으며, 엘제이와의 관계를 전면 부정했다.')).toBe(false)
  })

  it('drops a trail of links to the page\'s place, an encyclopedia\'s line and a Chinese picture caption, not a comparison', () => {
    for (const line of ['福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ', 'Home › News › World', 'From Wikipedia, the free encyclopedia', '图为马素湘在澳大利亚悉尼游玩时的近影', '（图为卢宇与祖国五星红旗的合影）'])
      expect(isBoilerplateLine(line), line).toBe(true)
    for (const line of ['Revenue > costs > zero, the board was told.', 'Speed > 3 m/s', '图书馆为学生提供了新的阅览室。'])
      expect(isBoilerplateLine(line), line).toBe(false)
  })

  it('drops the newsroom\'s notes on the story\'s versions and a closing "More on …" heading over links', () => {
    for (const line of ['UPDATES:', '2:58 p.m.: This article was updated to add the potential cost of the shutdown.', 'This article was originally published at 2:05 p.m.'])
      expect(isBoilerplateLine(line), line).toBe(true)
    expect(isBoilerplateLine('The updates to the ferry timetable were published on Monday.')).toBe(false)
    const story = { kind: 'paragraph' as const, text: 'The following morning, when students returned to school, their breakfast was waiting for them in every cafeteria.' }
    const r = removeBoilerplate([story, { kind: 'heading', depth: 6, text: 'MORE ON EDUCATION' }, { kind: 'paragraph', text: 'Schools reopen after the storm' }, { kind: 'paragraph', text: 'A new superintendent is named' }], {})
    expect(r.blocks.map((b) => b.text)).toEqual([story.text])
    // (a section of the story under such a heading stays)
    const more = [story, { kind: 'heading' as const, depth: 2, text: 'More on the budget' }, { kind: 'paragraph' as const, text: 'The district will spend $30 million on new radios, and the board will vote on the plan in the spring after a long debate.' }]
    expect(removeBoilerplate(more, {}).blocks).toHaveLength(3)
  })

  it('drops a list of thanks and the paragraph that leads into it, not a list after a paragraph that only mentions thanks in passing', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text })
    const li = (text: string) => ({ kind: 'list-item' as const, text })
    const story = [p('We rewrote the scheduler, and some benchmarks saw a 10x speed up.'), p('Before jumping in, I want to extend some gratitude.'), li('The people who worked on async / await. You did a great job.'), li('Go for having such a good scheduler implementation.'), p('Grab a cup of coffee: this is going to be a long article.')]
    expect(removeBoilerplate(story, {}).blocks.map((b) => b.text)).toEqual(['We rewrote the scheduler, and some benchmarks saw a 10x speed up.', 'Grab a cup of coffee: this is going to be a long article.'])
    const steps = [p('The ferry crews work long shifts in the winter, thanks to a shortage of trained deckhands across the islands, and the union asks for three things:'), li('Shorter shifts.'), li('Better pay.')]
    expect(removeBoilerplate(steps, {}).blocks).toHaveLength(3)
    const cause = [p('Thanks to the new timetable, the ferries now run hourly:'), li('Northgate to Eastholm.'), li('Eastholm to Southport.')]
    expect(removeBoilerplate(cause, {}).blocks).toHaveLength(3)
  })

  it('drops a letter\'s sign-off near the end and the signature under it, not a last paragraph that opens on the same word', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text })
    const body = [p('We rewrote the scheduler, and some benchmarks saw a 10x speed up across the board.'), p('This topic, like always, cannot be said to be finished, and must contain others at a distance.')]
    expect(removeBoilerplate([...body, p('Yours,'), p('s s')], {}).blocks.map((b) => b.text)).toEqual(body.map((b) => b.text))
    expect(removeBoilerplate([...body, p('Cheers!'), p('Jane')], {}).blocks).toHaveLength(2)
    expect(removeBoilerplate([...body, p('Best wishes to the team, who shipped the release in record time this spring.')], {}).blocks).toHaveLength(3)
  })

  it('drops a request for corrections, not a sentence about someone else\'s errors', () => {
    for (const line of ['If you spot an error in this article, please let us know.', 'Spotted a typo? Let us know at corrections@example.com.', 'If you notice a mistake, contact us.'])
      expect(isBoilerplateLine(line), line).toBe(true)
    expect(isBoilerplateLine('If you find an error in the tax code, the IRS wants to hear from you.')).toBe(false)
    // (in Czech and German too)
    for (const line of ['Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět prostřednictvím kontaktního formuláře.', 'Haben Sie einen Fehler entdeckt? Schreiben Sie uns.'])
      expect(isBoilerplateLine(line), line).toBe(true)
  })

  it('drops a magazine\'s note that the story comes from its print issue, not a sentence about an issue', () => {
    for (const line of ['Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich.', 'This article appeared in the July 2019 issue of Wired.', 'A version of this article appears in print on Nov. 20, 2019, Section A, Page 1.'])
      expect(isBoilerplateLine(line), line).toBe(true)
    expect(isBoilerplateLine('This article appeared to be about an issue the council had already settled.')).toBe(false)
  })

  it('drops a short paragraph that ends sending the reader to a link, not one that only mentions one', () => {
    const promo = "Tech Enabled: CNET chronicles tech's role in providing new kinds of accessibility. Check it out here."
    const prose = 'The council published its plan on Monday. Residents can read it at the library, and many did.'
    const r = removeBoilerplate([{ kind: 'paragraph', text: prose }, { kind: 'paragraph', text: promo }], {})
    expect(r.blocks.map((b) => b.text)).toEqual([prose])
    // (or on the link's word alone; not a sentence that ends on "here")
    const bare = 'Technically Literate: Original works of short fiction with unique perspectives on tech, exclusively on CNET. Here.'
    const arrived = 'The long wait is over for the town. Spring is here.'
    const r2 = removeBoilerplate([{ kind: 'paragraph', text: prose }, { kind: 'paragraph', text: bare }, { kind: 'paragraph', text: arrived }], {})
    expect(r2.blocks.map((b) => b.text)).toEqual([prose, arrived])
  })

  it('drops the captions of pictures and maps, and keeps prose that names one', () => {
    const r = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'Twitter CEO Dick Costolo (far left) and actress Cameron Diaz present the prize. Each won $3 million.' },
        { kind: 'paragraph', text: 'Map: Flow of foreign fighters to Syria' },
        { kind: 'paragraph', text: 'The map showed the route the fighters took, and the minister (left of the podium) said nothing.' },
        { kind: 'paragraph', text: 'Photo : Le ministre à Paris (à gauche)' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.text)).toEqual(['The map showed the route the fighters took, and the minister (left of the podium) said nothing.'])
    expect(r.removed).toHaveLength(3)
  })

  it('drops captions that place several pictures or credit the photographer, set as paragraphs, list items or a gallery\'s heading', () => {
    const prose = { kind: 'paragraph' as const, text: 'Above all, the tribe wants to be heard; right now, nobody listens.' }
    const r = removeBoilerplate(
      [
        { kind: 'heading', depth: 4, text: 'Gallery: Xbox One X screenshots | 9 Photos' },
        { kind: 'list-item', text: 'Clockwise from top: small whale bones; squid beaks, from the stomach of a sperm whale' },
        { kind: 'paragraph', text: 'Above, the skull of a bryde’s whale; right, a large-calibre bullet of the type used for euthanasing whales' },
        { kind: 'paragraph', text: 'Israeli Prime Minister Benjamin Netanyahu visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)' },
        { kind: 'list-item', text: 'Hori Parata at his farm. Photograph: Adrian Malloch' },
        { kind: 'paragraph', text: 'JIM WATSON/AFP/Getty Images' },
        { kind: 'heading', depth: 3, text: 'In this photo dated Tuesday, Nov, 29, 2016 the Soyuz-FG rocket booster with the Progress MS-04 cargo ship is installed on a launch pad in Baikonur, Kazakhstan. The unmanned Russian cargo space ship Progress MS-04 broke up in the atmosphere over Siberia on Thursday Dec. 1, 2016, just minutes after the launch en route to the International Space Station due to an unspecified malfunction, the Russian space agency said.(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)' },
        prose,
        { kind: 'paragraph', text: 'The photo agency AFP said it had sent 12 photographers to the election.' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.text)).toEqual([prose.text, 'The photo agency AFP said it had sent 12 photographers to the election.'])
  })

  it('drops a slideshow’s caption and the teasers above a wire story’s dateline, never a headline or a heading there', () => {
    const caption = '1 of 4. Authorities monitor progress in the search for AirAsia Flight QZ8501 in Jakarta December 29, 2014.'
    const teaser = 'The best and worst of Bollywood in 2014.'
    const story = 'JAKARTA (Reuters) - Countries around Asia on Tuesday stepped up the search for an AirAsia plane.'
    const r = removeBoilerplate([{ kind: 'paragraph', text: caption }, { kind: 'paragraph', text: teaser }, { kind: 'paragraph', text: story }], {})
    expect(r.blocks.map((b) => b.text)).toEqual([story])
    const headline = 'Search for AirAsia plane widens'
    const kept = removeBoilerplate([{ kind: 'paragraph', text: headline }, { kind: 'heading', depth: 2, text: 'Latest.' }, { kind: 'paragraph', text: story }], {})
    expect(kept.blocks.map((b) => b.text)).toEqual([headline, 'Latest.', story])
    // a dash after capitals is no wire dateline without its agency: the lede stays
    const update = removeBoilerplate([{ kind: 'paragraph', text: 'Acme said on Monday it would ship its new phone in March.' }, { kind: 'paragraph', text: 'UPDATE — Acme now says the phone will ship in April.' }], {})
    expect(update.blocks).toHaveLength(2)
    // no dateline, no teaser: "1 of 4 Americans" is no slideshow's count
    const plain = removeBoilerplate([{ kind: 'paragraph', text: teaser }, { kind: 'paragraph', text: '1 of 4 Americans say they read the news daily.' }], {})
    expect(plain.blocks).toHaveLength(2)
  })

  it('drops a first paragraph that points at a picture the text never showed, and nothing later', () => {
    const caption = 'These Streptococcus pyogenes bacteria use a DNA-cutting defense to battle viruses. The system, called CRISPR, is being harnessed.'
    const body = { kind: 'paragraph' as const, text: 'Last month in Silicon Valley, two biologists received the Breakthrough Prize.' }
    const r = removeBoilerplate([{ kind: 'heading', depth: 1, text: 'The patent fight' }, { kind: 'paragraph', text: caption }, body], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['The patent fight', body.text])
    expect(r.removed).toEqual([caption])
    // later in the text, "These bacteria" points back to what came before
    expect(removeBoilerplate([body, { kind: 'paragraph', text: caption }], {}).blocks).toHaveLength(2)
    // nor is an article of one paragraph its own caption
    expect(removeBoilerplate([{ kind: 'paragraph', text: caption }], {}).blocks).toHaveLength(1)
    // a moment, the article itself or a verb is no picture
    for (const opening of ['This week, the council voted to close the harbour road.', 'This memo describes a protocol for storing documents.', 'These are the rules of the new ferry service.', 'These days, few islanders own a car.']) {
      expect(removeBoilerplate([{ kind: 'paragraph', text: opening }, body], {}).blocks, opening).toHaveLength(2)
    }
    expect(removeBoilerplate([{ kind: 'paragraph', text: 'This photo shows the museum after the attack.' }, body], {}).blocks).toHaveLength(1)
  })

  it('drops a byline repeated as a body line when the metadata has it', () => {
    const r = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'By Jane Doe' },
        { kind: 'paragraph', text: 'The story starts here.' },
      ],
      { byline: 'Jane Doe' },
    )
    expect(r.blocks.map((b) => b.text)).toEqual(['The story starts here.'])
    expect(r.removed).toEqual(['By Jane Doe'])
    expect(r.byline).toBeUndefined()
  })

  it('moves a first-line byline into meta.byline', () => {
    const a = parseText('By Jane Doe\nThe story starts here and goes on for a while.\nIt ends here.', 'x')
    expect(a.meta.byline).toBe('Jane Doe')
    expect(a.removed).toEqual(['By Jane Doe'])
    expect(a.text.startsWith('The story')).toBe(true)
  })

  it('drops a trailing comments or related section opened by a heading, up to the next heading of the same level', () => {
    const r = removeBoilerplate(
      [
        { kind: 'heading', depth: 2, text: 'Main point' },
        { kind: 'paragraph', text: 'Body text.' },
        { kind: 'heading', depth: 2, text: 'Related posts' },
        { kind: 'list-item', text: 'Another story title' },
        { kind: 'heading', depth: 3, text: 'Sub' },
        { kind: 'heading', depth: 2, text: 'Back to the article' },
        { kind: 'paragraph', text: 'More body.' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.text)).toEqual(['Main point', 'Body text.', 'Back to the article', 'More body.'])
    expect(r.removed).toEqual(['Related posts', 'Another story title', 'Sub'])
  })

  it('drops a document\'s closing credits: its contributors and reviewers', () => {
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'Maintainers should enable branch protection on the default branch.' }, { kind: 'heading', depth: 2, text: 'Contributors' }, { kind: 'list-item', text: 'Ragashree M C, Chris Aniszczyk' }, { kind: 'heading', depth: 2, text: 'Reviewers' }, { kind: 'list-item', text: 'Andrew Martin (CNCF TAG Security Co-Chair)' }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['Maintainers should enable branch protection on the default branch.'])
  })

  it.each(['Articles liés', 'À lire également', 'Ähnliche Artikel', 'Te puede interesar', 'Potrebbe interessarti', 'Lees ook'])('drops a trailing section of other stories under %j', (heading) => {
    const r = removeBoilerplate([{ kind: 'paragraph', text: 'Le deuxième semestre s’annonce autrement plus incertain.' }, { kind: 'heading', depth: 2, text: heading }, { kind: 'paragraph', text: 'Un an à l’atelier Sciences Po de Delacroix, ép. 5 : Eprouvante oralité.' }], {})
    expect(r.blocks.map((b) => b.text)).toEqual(['Le deuxième semestre s’annonce autrement plus incertain.'])
  })

  it('drops a press release’s contacts section (names, addresses and labels) and its legal and logistics sections', () => {
    const r = removeBoilerplate(
      [
        { kind: 'heading', depth: 1, text: 'About the company' },
        { kind: 'paragraph', text: 'The company builds ferries.' },
        { kind: 'heading', depth: 1, text: 'Contacts' },
        { kind: 'paragraph', text: 'Investors:' },
        { kind: 'paragraph', text: 'Kenneth Dorell' },
        { kind: 'paragraph', text: 'Press:' },
        { kind: 'heading', depth: 1, text: 'Forward-looking statements' },
        { kind: 'paragraph', text: 'This release contains forward-looking statements.' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.text)).toEqual(['About the company', 'The company builds ferries.'])
    // and its legal and logistics sections
    for (const h of ['Mehr zu diesem Thema', 'À lire aussi', 'A lire aussi :', 'Самые популярные диеты', 'Отзывы', 'Save hundreds on the 16-inch MacBook Pro', 'Save $400 on the Pixel 4', 'Where to buy', 'Media contacts', 'Press Contact', 'Media inquiries', 'For more information, contact', 'Forward-Looking Statements', 'Safe Harbor Statement', 'Webcast and Conference Call Information', 'Non-GAAP Financial Measures', 'Limitations of Key Metrics and Other Data', 'Copyright Notice', 'Status of This Memo', 'Legal Disclaimer', 'Terms of Use', 'Privacy Policy', '16. Acknowledgements', 'Acknowledgments', '7.2 Normative References', 'References', "Authors' Addresses", 'External links', 'See also', 'Related Searches', 'Make MSN my homepage', 'Set Yahoo as your homepage'])
      expect(removeBoilerplate([{ kind: 'heading', depth: 2, text: h }, { kind: 'paragraph', text: 'Jane Roe' }], {}).blocks).toEqual([])
  })

  it('drops the issuer’s "About <name>" section, and keeps a section about something else early in the text', () => {
    const release = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'Meta Platforms, Inc. today reported results.' },
        { kind: 'paragraph', text: 'Revenue rose.' },
        { kind: 'heading', depth: 2, text: 'About Meta' },
        { kind: 'paragraph', text: 'Meta builds technologies that help people connect.' },
        { kind: 'heading', depth: 2, text: 'Segment Results' },
        { kind: 'paragraph', text: 'We report two segments.' },
        { kind: 'paragraph', text: 'Both grew.' },
        { kind: 'paragraph', text: 'Costs rose too.' },
      ],
      {},
    )
    expect(release.removed).toEqual(['About Meta', 'Meta builds technologies that help people connect.'])
    const story = [
      { kind: 'paragraph' as const, text: 'The city voted on Sunday.' },
      { kind: 'heading' as const, depth: 2, text: 'About Lisbon' },
      { kind: 'paragraph' as const, text: 'Lisbon is one of Europe’s oldest cities.' },
      { kind: 'paragraph' as const, text: 'It was rebuilt after 1755.' },
      { kind: 'paragraph' as const, text: 'Tourism grew.' },
    ]
    expect(removeBoilerplate(story, {}).blocks).toHaveLength(5)
    // nor a long part of the story that the title names ("Spotlight on SIG Scheduling" … "## About SIG Scheduling")
    const interview = [
      { kind: 'paragraph' as const, text: 'In this interview, we talk to the lead of the group.' },
      { kind: 'heading' as const, depth: 2, text: 'About SIG Scheduling' },
      ...['What does the group do?', 'We own the scheduler.', 'What is new?', 'Queueing hints.', 'What else?', 'Kueue and KWOK.'].map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'heading' as const, depth: 2, text: 'Closing Remarks' },
      { kind: 'paragraph' as const, text: 'Thank you.' },
    ]
    expect(removeBoilerplate(interview, { title: 'Spotlight on SIG Scheduling' }).removed).toEqual([])
    // (two issuers' "About …", the second a line of plain text closed by a colon)
    const partners = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'HackerRank and Cybermedia Technologies today announced a partnership.' },
        { kind: 'paragraph', text: 'The partnership will streamline hiring.' },
        { kind: 'paragraph', text: 'Agencies can screen candidates quickly.' },
        { kind: 'heading', depth: 2, text: 'About HackerRank' },
        { kind: 'paragraph', text: 'HackerRank is a platform that ranks engineers based on their coding skills.' },
        { kind: 'paragraph', text: 'http://hackerrank.com' },
        { kind: 'paragraph', text: 'About Cybermedia Technologies Inc.:' },
        { kind: 'paragraph', text: 'Cybermedia Technologies, Inc. is headquartered in Alexandria.' },
        { kind: 'paragraph', text: 'http://ctec-corp.com' },
      ],
      {},
    )
    expect(partners.blocks.map((b) => b.text)).toEqual(['HackerRank and Cybermedia Technologies today announced a partnership.', 'The partnership will streamline hiring.', 'Agencies can screen candidates quickly.'])
  })

  it('drops a release\'s closing sections whose labels run into their paragraphs, and its "# # #", not a post\'s "Disclaimer: …"', () => {
    const r = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'The Foundation announced today Apache Pinot as a Top-Level Project.' },
        { kind: 'paragraph', text: 'Pinot was first created at LinkedIn in 2013.' },
        { kind: 'paragraph', text: 'Disclaimer: the sizes you see may differ from the ones shown here.' },
        { kind: 'paragraph', text: 'Availability and Oversight: Apache Pinot software is released under the Apache License v2.0.' },
        { kind: 'paragraph', text: 'About The Apache Software Foundation (ASF): Established in 1999, the Foundation stewards many projects.' },
        { kind: 'paragraph', text: '# # #' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.text)).toEqual(['The Foundation announced today Apache Pinot as a Top-Level Project.', 'Pinot was first created at LinkedIn in 2013.', 'Disclaimer: the sizes you see may differ from the ones shown here.'])
  })

  it('drops a legal notice wrapped over lines whole, and a legal heading run into a page number in plain text', () => {
    const notice = 'This press release contains forward-looking statements regarding our plans. These forward-\nlooking statements are only predictions and may differ materially from actual results.'
    expect(removeBoilerplate([{ kind: 'paragraph', text: 'Revenue rose.' }, { kind: 'paragraph', text: notice }], {}).blocks.map((b) => b.text)).toEqual(['Revenue rose.'])
    const r = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'Revenue rose.' },
        { kind: 'paragraph', text: '2 Webcast and Conference Call Information' },
        { kind: 'paragraph', text: 'Meta will host a conference call at 2:00 p.m. PT today.' },
        { kind: 'heading', depth: 2, text: 'Segment Results' },
        { kind: 'paragraph', text: 'We report two segments.' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.text)).toEqual(['Revenue rose.', 'Segment Results', 'We report two segments.'])
  })

  it('ends a skipped legal section at a table: the statements after a release’s notes are data', () => {
    const table = { notes: [], head: [['', '2024']], body: [['Revenue', '$36,455']] }
    const r = removeBoilerplate(
      [
        { kind: 'paragraph', text: 'The company builds ferries.' },
        { kind: 'heading', depth: 2, text: 'Non-GAAP Financial Measures' },
        { kind: 'paragraph', text: 'We use non-GAAP measures.' },
        { kind: 'table', text: 'Revenue\t$36,455', table },
        { kind: 'paragraph', text: 'Segment results follow.' },
      ],
      {},
    )
    expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
    expect(r.removed).toEqual(['Non-GAAP Financial Measures', 'We use non-GAAP measures.'])
  })

  it('strips boilerplate lines at the edges of a block but not wrapped prose lines', () => {
    const a = parseText('Intro paragraph.\n\nAdvertisement\nThe council met on Monday and\nsubscribe to the idea of a new park.\nShare this', 'x')
    expect(a.text).toContain('and subscribe to the idea')
    expect(a.removed).toEqual(['Advertisement', 'Share this'])
  })

  it('leaves code blocks alone', () => {
    const r = removeBoilerplate([{ kind: 'code', text: 'Read more' }], {})
    expect(r.blocks).toHaveLength(1)
  })
})

describe('removeBoilerplate on a long text', () => {
  /** The fastest of three runs over `n` blocks, in ms. */
  function fastest(n: number): number {
    const blocks = Array.from({ length: n }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i} says the council met on day ${i % 28} and approved the plan.`, start: 0, end: 0 }))
    let best = Infinity
    for (let run = 0; run < 3; run++) {
      const t = performance.now()
      removeBoilerplate(blocks, {})
      best = Math.min(best, performance.now() - t)
    }
    return best
  }

  it('does work in proportion to the blocks: eight times the blocks take far less than 64 times as long', () => {
    fastest(500) // warm-up
    const one = fastest(4_000)
    const eight = fastest(32_000)
    // linear is 8×; looking at every later block from every block (as a copy of the rest once did) is 64×
    expect(eight / one).toBeLessThan(24)
  })
})

describe('removeBoilerplate: the article’s notes', () => {
  const [p, h] = [rawParagraph, rawHeading]
  it('drops a "Notes" section whose first note opens on its number, and "Footnotes" whatever follows', () => {
    const body = [p('Why do the independent-minded need to be protected? Because they have all the new ideas.')]
    const kept = (blocks: RawBlock[]) => removeBoilerplate(blocks, {}).blocks.map((b) => b.text)
    expect(kept([...body, h('Notes'), p('[1] I realize of course that if people vary in any two ways, you can use them as axes.'), p('Thanks to Sam Altman for reading drafts of this.')])).toEqual([body[0]!.text])
    expect(kept([...body, h('Footnotes'), p('See the appendix for the full data.')])).toEqual([body[0]!.text])
    // (a section of notes in prose is the article's: "Notes" over a paragraph of its own)
    expect(kept([...body, h('Notes'), p('Keep the release notes short and link to the full changelog.')])).toHaveLength(3)
  })
})

describe('removeBoilerplate: a saved release\'s page', () => {
  const [p, h] = [rawParagraph, rawHeading]
  const release = [
    h('YOUR FEEDBACK'),
    h('TOP THREE LINKS YOU MUST CLICK ON'),
    p('From the Wires'),
    p('Coverity Venture Resolves Quality Issues in 11 Major Open-Source Projects'),
    p('Digg This!'),
    p('SAN FRANCISCO, Jan. 9 /PRNewswire/ -- Coverity, Inc. today announced that defects in 11 open source projects were fixed.'),
    p('The 11 projects are Amanda, NTP, OpenPAM, OpenVPN, Perl, PHP, Postfix, Python, Samba and TCL.'),
    p('All of these projects eliminated multiple classes of potential security vulnerabilities.'),
    p('About Coverity Scan'),
    p('The Coverity Scan site was developed by Coverity with support from the U.S. Department of Homeland Security.'),
    p('SUBSCRIBE TO OUR RSS FEEDS & GET YOUR SYS-CON NEWS LIVE!'),
    p('Advertise on this site! Contact advertising(at)sys-con.com! 201 802-3021'),
  ]

  it('starts at the headline the body repeats, the short lines above it the page\'s, and takes it without the site\'s name the title had', () => {
    const r = removeBoilerplate(release, { title: 'Coverity Venture Resolves Quality Issues in 11 Major Open-Source Projects @ SYS-CON Media' })
    expect(r.blocks.map((b) => b.text)).toEqual([release[5]!.text, release[6]!.text, release[7]!.text])
    expect(r.title).toBe('Coverity Venture Resolves Quality Issues in 11 Major Open-Source Projects')
  })

  it('keeps the lines above a headline it does not repeat, and a long paragraph above the one it does', () => {
    expect(removeBoilerplate(release, { title: 'Another Headline Entirely' }).blocks.map((b) => b.text)).toContain('From the Wires')
    const long = [p('The harbour board met on Monday to decide the future of the island ferry service after a difficult and stormy winter.'), p('Ferries return'), p('The board voted for a new timetable.')]
    expect(removeBoilerplate(long, { title: 'Ferries return' }).blocks).toHaveLength(3)
  })

  it.each(['Digg This!', 'SUBSCRIBE TO OUR RSS FEEDS & GET YOUR SYS-CON NEWS LIVE!', 'Publish Your Article! Please send it to editorial(at)sys-con.com!', 'Advertise on this site!'])('drops the site\'s own call %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })
})
