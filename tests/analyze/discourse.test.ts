import { describe, expect, it } from 'vitest'
import { announcesAPlan, guidesTheReader, judges, reportsNoAnswer, subordinateOnly } from '../../src/analyze/discourse.ts'

describe('what a sentence does in the discourse', () => {
  it.each([
    ['en', 'In this post, we’ll look at the tools currently available', true],
    ['en', 'Here are some general tips on reducing APK size', true],
    ['en', 'I did this for good reason, which is explained below', true],
    ['en', 'If you only need the matrix, jump to the Compatibility section', true],
    ['fr', 'Retour sur ses principales dispositions, après son passage en commission', true],
    ['en', 'This blog provides context on what junk fees are, why they are a concern', true],
    ['en', 'First, let’s say what the Yahoo sale is not', true],
    ['en', 'Let’s be clear: the deal needs a vote', false],
    ['en', 'Let’s start by looking at the survey audience', true],
    ['en', 'Many thanks to everyone who worked on this project: Anirudh Jayakumar, Dmitry Kopytkov', true],
    ['en', 'Thanks to the new law, prices fell by a third', false],
    ['en', 'Thanks to all these changes, builds are now 40% faster', false],
    ['en', 'In this section, we describe the high-level architecture of ATF', true],
    ['en', "If you'd like to know more about File-by-File patching head over to the Archive Patcher GitHub project", true],
    ['en', 'Shares fell below $30 after the report', false],
    ['en', 'The following year the ferry stopped running', false],
    ['en', 'Following are some examples of what could be built as an extension to ATF', true],
    ['en', 'The cooperative reported 4,870 passenger journeys', false],
    ['en', 'As always, let us know what you think on our forum', true],
    ['en', 'Read the full 2024 Global DevSecOps Report for more insights on AI, security and more', true],
    ['en', 'The board will read the full report on Monday', false],
    ['en', 'Explore this year’s report for more findings', true],
    ['en', 'Try it now Learn more', true],
    ['en', 'Thanks to Sam Altman, Jessica Livingston, and Robert Morris for reading drafts of this', true],
    ['en', 'Consider becoming a sponsor of the project this year', true],
    ['en', 'I hope you have a great weekend and God bless you all', true],
    ['en', 'So I want to thank you all for listening', true],
    ['en', 'The SRE team would like to thank our hosting provider Mythic Beasts', true],
    ['en', 'If you or your organization are interested in helping advance our mission, consider becoming a sponsor', true],
    ['en', 'For more information on ISRG and our projects, take a read through our 2021 Annual Report', true],
    ['en', 'Further details on the module are available in the documentation', true],
    ['en', 'The company gave no further details on the deal', false],
    ['en', 'If you live near the harbour, the ferry is the fastest way to town', false],
    ['en', 'The board will consider becoming a sponsor next year', false],
    ['en', 'For the full discussion and background, see nodejs/Release#1113', true],
    ['en', 'See nodejs/Release#1113', true],
    ['en', 'Seeing the results, the board changed its plan', false],
    ['en', 'For the full year, the company expects growth of 5%', false],
    ['fr', 'Lisez notre dossier complet sur la réforme', true],
    ['fr', 'Voir en annexe : Place des français parmi les « publiants » des revues (tableau récapitulatif)', true],
    ['fr', 'Voir la France changer est une joie', false],
    ['de', 'Siehe unten die Tabelle mit allen Zahlen', true],
    ['es', 'Véase el anexo con los datos completos', true],
    ['de', 'Bitte beachte den untenstehenden Zeitplan für die Details', true],
    ['es', 'En esta publicación, comparamos tres soluciones en esta categoría', true],
    ['fr', 'Découvrir la ville à vélo reste un plaisir', false],
    ['en', 'The board read the report on Monday', false],
    ['en', 'Read on for the details about these findings, and much more', true],
    ['en', 'The clerk read on for an hour', false],
    ['en', 'Hi, thanks for the opportunity!', true],
    ['en', 'Thank you for having me on the show', true],
    ['en', 'The council thanked the crews for their work', false],
    ['fr', "Le détail est disponible sur le site de l'Assemblée nationale", true],
    ['fr', 'Le texte est disponible en librairie depuis lundi', false],
    ['en', 'Before we talk about how you migrate to the sandbox, let’s first discuss why you want it', true],
    ['en', 'The committee will discuss the budget before the vote', false],
    ['en', 'More details can be found at tldr.fail', true],
    ['en', 'We need to start migrating to PQC algorithms now, as the next section shows', true],
    ['en', 'For full details on the grant activities and budget, see this page', true],
    ['en', 'The details of the grant were found in an audit last year', false],
    ['en', 'Skip ahead if you already know how it works', true],
    ['en', 'The ferry will skip the island stop ahead of the storm', false],
    ['en', 'The full release notes can be found here', true],
    ['en', 'The wreck can be found at a depth of 52 metres', false],
  ])('guides the reader through the text (%s) %s', (lang, text, expected) => {
    expect(guidesTheReader(text, lang)).toBe(expected)
  })

  it.each([
    ['en', 'A Whole Foods spokeswoman declined to comment on pricing', true],
    ['en', 'Verizon didn’t immediately respond to a request for comment', true],
    ['en', 'The bank did not return calls on Friday', true],
    ['fr', 'Le ministère n’a pas donné suite à nos sollicitations', true],
    ['de', 'Das Unternehmen wollte sich nicht äußern', true],
    ['en', 'Sales declined to a two-year low', false],
    ['en', 'The regulator said the fee did not comply with the law', false],
    // findings, not answers withheld
    ['en', 'Tumors in most patients did not respond to the drug', false],
    ['en', 'The maker did not return to profit until 2019', false],
    ['en', 'The summit could not be reached because of the storm', false],
    ['en', 'The study did not say whether the effect lasts', false],
    ['fr', 'Le projet n’a pas répondu aux attentes des investisseurs', false],
    ['de', 'Das Ziel war nicht zu erreichen', false],
    ['es', 'El paciente no respondió al tratamiento', false],
  ])('reports that someone did not answer (%s) %s', (lang, text, expected) => {
    expect(reportsNoAnswer(text, lang)).toBe(expected)
  })

  it.each([
    ['en', 'First, we’ll install the tools we’re going to use', true],
    ['en', 'Let’s take a closer look at each of these', true],
    ['es', 'Veamos los detalles de la ley', true],
    ['en', 'The council will vote on the plan next week', false],
  ])('announces what the writers will do (%s) %s', (lang, text, expected) => {
    expect(announcesAPlan(text, lang)).toBe(expected)
  })

  it.each([
    ['en', 'Just as there’s a coalition of people against the use of certain fonts', true],
    ['en', 'If it did and the client can make a GET request to that child folder', true],
    ['en', 'If the patch size is halved, the time spent applying it doubles', false],
    ['en', 'Ifeoma Okafor runs the ferry', false],
    ['fr', 'Bien que la ligne ait rouvert en mai', true],
  ])('is a subordinate clause alone (%s) %s', (lang, text, expected) => {
    expect(subordinateOnly(text, lang)).toBe(expected)
  })

  it.each([
    ['en', 'In short, the radical message of software freedom became overshadowed', true],
    ['en', 'Privacy should not be a luxury good', true],
    ['en', 'The attackers stormed the Bardo National Museum on Wednesday afternoon', false],
    ['en', 'Memory safety is critical to the security of the Internet', true],
    ['en', 'Prossimo intends to move the most critical software infrastructure to memory safe code', false],
    ['fr', 'En définitive, la loi élargit les moyens des services', true],
    ['zh', '社区工作者李明认为，关键在于让大家坐下来商量', true],
    ['zh', '菜园大多种植青菜', false],
  ])('judges or concludes (%s) %s', (lang, text, expected) => {
    expect(judges(text, lang)).toBe(expected)
  })
})
