"""Local government business: budgets, parish councils, licensing, neighbourhood plans, lighting, burials, toilets and parks  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "zd_budget_tax_rise": {
        "turns": [
            (
                "chair",
                "We move to item seven, next year's budget. Councillor Fenwick, as leader, will you move it?",
            ),
            (
                "leader",
                "Thank you, chair. We are facing a gap of 3.4 million pounds, driven mostly by inflation on the waste contract and by energy bills. We're proposing a council tax rise of 4.99%, the most we can do without holding a referendum.",
            ),
            ("opposition", "And how much of the gap does that rise actually close?"),
            ("leader", "About 1.1 million. The remainder comes from savings and from reserves."),
            ("opposition", "So you're dipping into reserves again."),
            (
                "leader",
                "We'd draw 800,000 from the general reserve, which leaves roughly 6 million in it.",
            ),
            ("chair", "Perhaps the finance director can tell us whether that's prudent."),
            (
                "officer",
                "Six million is above the floor I'd recommend. My advice is never to let the general reserve fall under 4.5 million, because of the risk around renegotiating the waste contract in 2026.",
            ),
            ("chair", "Thank you. Councillor Okafor, you have an amendment?"),
            (
                "opposition",
                "I do. We'd hold the rise at 2.99% and pay for it by scrapping the refit of the Station Road offices. That refit is budgeted at 1.4 million, and residents would rather keep their services than give us nicer meeting rooms.",
            ),
            (
                "leader",
                "The refit isn't about meeting rooms. It lets us leave the old Mill Lane building, which costs 300,000 a year just to heat and maintain.",
            ),
            ("opposition", "A payback of nearly five years, then."),
            ("leader", "Yes, and after that it's pure saving."),
            ("chair", "What happens to the leisure centre grant under each version?"),
            ("leader", "Ours trims it by 10%, down to 450,000."),
            (
                "opposition",
                "Ours leaves it untouched. Cutting it is a false economy, because that centre is where a lot of our older residents stay active and out of hospital.",
            ),
            ("chair", "Right. I'll put the amendment to the vote first."),
            (
                "chair",
                "The amendment falls, 19 votes to 23, with two abstentions. We now vote on the budget as moved, and that is carried.",
            ),
        ],
    },
    "zd_budget_phone_in": {
        "turns": [
            (
                "host",
                "You're listening to the Wednesday phone-in, and with me is Councillor Priya Raman, who holds the finance brief at Westmarsh County Council. Your budget consultation closes this week, doesn't it?",
            ),
            (
                "councillor",
                "It closes on Friday the 14th. We've had about 2,600 responses so far, which is more than double last year.",
            ),
            ("host", "And what exactly are you asking people?"),
            (
                "councillor",
                "Mainly which services they'd protect first. There are three options on the table: a 2.99% rise with deeper cuts, a 4.99% rise, or 4.99% plus a further 2% ring-fenced for adult social care.",
            ),
            ("host", "Let's go to the phones. Derek in Holbury, go ahead."),
            (
                "caller",
                "Morning. I'm a pensioner, and my band D bill is already over 2,100 a year. Why should I pay more when my bins only get emptied every fortnight now?",
            ),
            (
                "councillor",
                "I do understand, Derek. Bins are actually the district council's job, not ours. Our biggest cost is caring for vulnerable adults and children, which takes around 70p of every pound we spend.",
            ),
            ("caller", "Well, it all comes on one bill to me."),
            ("councillor", "That's fair, and we need to explain it better."),
            ("host", "Derek, if you had to choose, which option would you tick?"),
            ("caller", "The lowest one, obviously. And get rid of all the consultants."),
            (
                "councillor",
                "We spent 900,000 on consultants last year, mostly on designing the new children's residential homes. Our target is to halve that within two years.",
            ),
            ("host", "Are you seeing a clear favourite in the responses?"),
            (
                "councillor",
                "Roughly 40% back the middle option. What surprised me is that school crossing patrols came top of the list to protect, ahead of youth clubs.",
            ),
            ("host", "Why do you think that is?"),
            (
                "councillor",
                "I think people see them every single morning, so they notice the moment one goes. Youth work is just as valuable but far less visible.",
            ),
            ("host", "And when is the final decision made?"),
            (
                "councillor",
                "Full council votes on the 22nd of February, and the new bills go out in March.",
            ),
            ("host", "Councillor Raman, thank you."),
            ("councillor", "Thanks for having me."),
        ],
    },
    "zd_parish_defib": {
        "turns": [
            (
                "chair",
                "Good evening, and welcome to the March meeting of Little Harrow Parish Council. First item after apologies is the defibrillator. Clerk, where are we?",
            ),
            (
                "clerk",
                "We've now formally adopted the old phone box on Church Street from BT. It cost us the grand sum of one pound.",
            ),
            ("councillor", "A real bargain."),
            (
                "clerk",
                "The defibrillator itself is 1,350 pounds, and the community foundation grant covers 1,000 of that. The cabinet needs a heater so the pads don't freeze, which means it needs power.",
            ),
            ("chair", "And the phone box has no supply any more?"),
            (
                "clerk",
                "None at all. We were quoted 2,200 for a new connection, which is more than the machine.",
            ),
            ("councillor", "That's absurd. Is there no other way?"),
            (
                "clerk",
                "There is. Tom at the Plough has offered to run a cable from the pub wall, and we'd pay him a flat 40 pounds a year towards the electricity.",
            ),
            ("resident", "Chair, may I ask something?"),
            ("chair", "Go ahead, Mrs Ashby."),
            ("resident", "Who's actually going to know how to use it?"),
            (
                "councillor",
                "The ambulance service runs a free session in the village hall, and we've booked it for the 9th of May. Twenty places, first come first served.",
            ),
            ("resident", "Only twenty?"),
            (
                "councillor",
                "They'll do a second one if it fills. Honestly, the machine talks you through every step, so nobody should be afraid to use it.",
            ),
            ("chair", "Next, the precept. Clerk?"),
            (
                "clerk",
                "Last year we raised 18,000. I'm recommending 19,500, mainly because of the insurance renewal and the defibrillator's running costs.",
            ),
            ("councillor", "I'd rather go to 19,000 and use some of our reserves."),
            (
                "chair",
                "Let's vote. Those in favour of 19,500? That's five, against two, so it's agreed.",
            ),
        ],
    },
    "zd_parish_memorial": {
        "turns": [
            (
                "chair",
                "Welcome, everyone, to Brookfield Parish Council. We've two main items tonight, the war memorial and the vacancy. Let's start with the memorial.",
            ),
            (
                "clerk",
                "We asked two firms to quote for cleaning and repointing it. Hadley Stone in Ledbury quoted 2,400 pounds, and Carver Conservation quoted 3,100.",
            ),
            ("councillor", "Surely we take the cheaper one."),
            (
                "clerk",
                "I'd be cautious. Hadley proposed pressure washing, and the War Memorials Trust advised us that can strip the lettering off soft sandstone like ours.",
            ),
            ("chair", "What does Carver do differently?"),
            ("clerk", "They use a low-pressure steam system, and lime mortar rather than cement."),
            ("councillor", "And is any of it grant funded?"),
            (
                "clerk",
                "The Trust will pay up to 75% of eligible costs, but only if the work follows conservation guidance. So in practice the cheap quote might not qualify at all.",
            ),
            ("councillor", "Then I withdraw my objection. Carver it is."),
            ("chair", "When could they start?"),
            ("clerk", "Early September, so it's finished well before Remembrance Sunday."),
            (
                "chair",
                "Good. Now the vacancy left by Mrs Hale's resignation. Nobody called for an election, so we can co-opt.",
            ),
            (
                "clerk",
                "Two people applied, Daniel Osei and Margaret Lyle. Both came for interview last week.",
            ),
            (
                "councillor",
                "I was impressed by Daniel. He's 26 and would bring our average age down by about thirty years.",
            ),
            ("chair", "Margaret has fifteen years' experience as a school governor, though."),
            (
                "councillor",
                "True, but we need someone who can run the website and the social media.",
            ),
            (
                "chair",
                "Let's vote by show of hands. That's four for Daniel and three for Margaret, so Daniel is co-opted.",
            ),
            (
                "clerk",
                "Finally, the precept. I recommend holding it flat at 12,750, since the memorial grant covers most of the new spending.",
            ),
            ("chair", "Agreed unanimously. Thank you all."),
        ],
    },
    "zd_licensing_late_bar": {
        "turns": [
            (
                "chair",
                "This is a hearing of the licensing sub-committee to consider an application to vary the premises licence at The Anchor on Quay Street. Could the licensing officer summarise it?",
            ),
            (
                "officer",
                "The applicant wants to extend alcohol sales on Fridays and Saturdays from 11pm to 1am, closing at 1:30. We received one representation from the police, since withdrawn, and six from residents.",
            ),
            ("chair", "Why was the police objection withdrawn?"),
            (
                "officer",
                "The applicant agreed to their conditions: two door staff from 10pm, last entry at 11:30, and CCTV covering the smoking area.",
            ),
            ("chair", "Thank you. Mr Doyle, you're the applicant."),
            (
                "applicant",
                "That's right. We've run The Anchor for eight years without a single review. Since the nightclub on Harbour Road shut, people just drift into the street at 11, and I'd rather keep them inside, supervised.",
            ),
            ("objector", "Can I respond to that?"),
            ("chair", "Briefly, Ms Kerr."),
            (
                "objector",
                "I live directly above the smoking yard. Even now, with an 11 o'clock finish, I'm woken most weekends by shouting out there. Another two hours would make it unbearable.",
            ),
            ("chair", "Mr Doyle, what would you do about the yard?"),
            (
                "applicant",
                "We could close it at midnight and put up signs asking for quiet. People would smoke at the front instead, on the quay side.",
            ),
            ("objector", "The front is still forty metres from my bedroom window."),
            ("chair", "Have there been any formal noise complaints?"),
            (
                "officer",
                "Environmental health logged three complaints last year, all about music, and none led to action.",
            ),
            ("chair", "We'll retire to consider."),
            (
                "chair",
                "We've decided to grant the variation in part. Alcohol sales may run until midnight, not 1am, with the police conditions attached. The smoking yard must close at 11pm. We felt that balanced the business's case against the evidence of disturbance.",
            ),
            ("applicant", "Thank you. We'll accept that."),
            ("objector", "It's better than I feared."),
        ],
    },
    "zd_licensing_off_licence": {
        "turns": [
            (
                "chair",
                "Welcome to this licensing hearing. The application is for a new premises licence at 14 Station Parade, to sell alcohol for consumption off the premises. Mr Grant, you represent the applicant?",
            ),
            (
                "solicitor",
                "I do. My client, Mrs Anand, wants to open a convenience store selling groceries, with alcohol taking up no more than 10% of the shelf space. She's asking for alcohol sales from 8am to 11pm, seven days a week.",
            ),
            ("chair", "Sergeant Patel, the police have objected."),
            (
                "police",
                "We have. Station Parade lies inside the town centre cumulative impact zone, adopted in 2022 after a rise in street drinking. There are already four off-licences within 200 metres.",
            ),
            ("chair", "Four?"),
            (
                "police",
                "Four, and last year we recorded 63 incidents of alcohol-related antisocial behaviour on the Parade alone.",
            ),
            (
                "solicitor",
                "My client has offered conditions to address that. She won't sell single cans or bottles, and nothing stronger than 6.5% in beer or cider.",
            ),
            (
                "police",
                "Those help, but the hours are the real issue. Most incidents happen after 9pm.",
            ),
            ("chair", "Councillor Mills, you've asked to speak as ward member."),
            (
                "councillor",
                "Thank you. Residents are tired of the litter and the drinking on the benches by the station. I'm not against the shop, we badly need a grocer, but we don't need a fifth place selling cheap cider late at night.",
            ),
            ("solicitor", "Mrs Anand would accept 10pm as the terminal hour, if it helps."),
            ("police", "Given the conditions, we could live with 10pm."),
            ("chair", "We'll adjourn to consider."),
            (
                "chair",
                "The committee grants the licence, with alcohol sales from 8am to 10pm and all the conditions offered. We also require staff training records to be kept, and a refusals book. We were persuaded the shop is mainly a grocer and that the conditions rebut the presumption against new licences in the zone.",
            ),
        ],
    },
    "zd_nplan_referendum": {
        "turns": [
            (
                "host",
                "This week on Parish Pump, I'm talking to Helen Marsh, who chaired the steering group behind the Castleby neighbourhood plan. Helen, the referendum was last Thursday. How did it go?",
            ),
            ("guest", "Really well. 88% voted yes, on a turnout of 34%."),
            ("host", "Thirty-four sounds low."),
            (
                "guest",
                "It does, but for a neighbourhood plan it's about average. The district election the same year only managed 29% here.",
            ),
            ("host", "How long has the whole thing taken?"),
            (
                "guest",
                "Five years, almost to the week. We started in 2019 and then lost about a year to the pandemic.",
            ),
            ("host", "For people who don't know, what does the plan actually do?"),
            (
                "guest",
                "Once it's made, the district council has to take it into account when deciding planning applications in Castleby. Ours covers shopfronts on the High Street, protected views of St Oswald's church, and keeping the Red Lion as a community pub.",
            ),
            ("host", "What about the shopfronts?"),
            (
                "guest",
                "We've got a design code. Painted timber rather than plastic, hand-painted or individual letters for signs, and no internally lit boxes.",
            ),
            ("host", "Did the examiner change much?"),
            (
                "guest",
                "He cut one policy entirely. We'd tried to ban takeaways within 400 metres of the primary school, and he said we hadn't the evidence to justify it.",
            ),
            ("host", "Were you disappointed?"),
            (
                "guest",
                "A bit, at the time. Looking back, he was right, because we'd relied on national statistics rather than anything local.",
            ),
            ("host", "And what did it all cost?"),
            (
                "guest",
                "About 24,000 pounds, nearly all of it from a government support grant. The parish council put in 3,000.",
            ),
            ("host", "Any advice for another village starting out?"),
            (
                "guest",
                "Keep it short. Our first draft had 41 policies and people simply stopped reading. The final version has 14.",
            ),
        ],
    },
    "zd_nplan_green_spaces": {
        "turns": [
            (
                "chair",
                "Okay, let's start. Tonight we need to agree which sites go forward as local green spaces in the Ashwell plan. Nina, can you remind us of the test?",
            ),
            (
                "consultant",
                "Of course. A site has to be close to the community it serves, demonstrably special to local people, and local in character, so not an extensive tract of land. Designation gives it protection as strong as green belt.",
            ),
            ("chair", "We had five candidates. Sandy Meadow first."),
            (
                "consultant",
                "Sandy Meadow is straightforward. It's a hectare and a half, right by the primary school, and 112 of the 140 consultation responses mentioned it.",
            ),
            ("member", "It's where the bonfire's been held since the 1950s."),
            ("chair", "Good, that goes forward. The allotments?"),
            (
                "consultant",
                "They're already protected under allotment law, so designating them adds little. I'd leave them out.",
            ),
            (
                "member",
                "I disagree. The allotment society is worried the district might sell the land one day, and designation would be another layer of defence.",
            ),
            ("chair", "Let's include them and let the examiner decide. What about the old quarry?"),
            (
                "consultant",
                "That's the one I'd drop. At 22 hectares it's almost certainly too big to count as local in scale, and an examiner would strike it out.",
            ),
            ("member", "Shame. It's the best walk in the parish."),
            (
                "consultant",
                "You could still protect it another way, as a valued landscape or a wildlife site, through a separate policy.",
            ),
            ("chair", "And the cricket field?"),
            (
                "consultant",
                "The cricket club owns it and has objected. They want flexibility to build a bigger pavilion.",
            ),
            ("member", "Designation wouldn't stop a pavilion, would it?"),
            (
                "consultant",
                "Not necessarily, small ancillary buildings can be allowed. I'd suggest we write to the club and explain that before the next meeting.",
            ),
            (
                "chair",
                "Right, agreed. Sandy Meadow and the allotments go forward, the quarry gets its own policy, and the cricket field waits for the club's reply. Oh, and the churchyard extension?",
            ),
            (
                "consultant",
                "It's already consecrated ground, so we'll mention it but not designate it.",
            ),
        ],
    },
    "zd_lighting_part_night": {
        "turns": [
            (
                "agent",
                "Good afternoon, Eastvale Council street lighting team, you're speaking to Josh. How can I help?",
            ),
            (
                "caller",
                "Hi. I live on Foxglove Close in Penbury, and since last month our street lights go off in the middle of the night. Is that a fault?",
            ),
            (
                "agent",
                "Let me check. No, Foxglove Close is part of the part-night scheme, so the lights switch off at midnight and come back on at 5:30.",
            ),
            ("caller", "Nobody told us about that."),
            (
                "agent",
                "There should have been a letter in September, but I'm sorry if it didn't reach you.",
            ),
            ("caller", "Why on earth is the council doing it?"),
            (
                "agent",
                "Mainly cost. Switching off about 14,000 residential lights saves roughly 400,000 a year in electricity, and it cuts carbon too.",
            ),
            (
                "caller",
                "I work shifts at the hospital. I get back around half twelve and walk from the car park in total darkness.",
            ),
            (
                "agent",
                "I understand that's worrying. Some lights do stay on all night, at main junctions, pedestrian crossings and wherever there's CCTV.",
            ),
            ("caller", "There's a footpath cut-through at the end of our close. Does that count?"),
            (
                "agent",
                "Footpaths aren't automatically exempt, but you can ask for a review. We look at crime figures from the police and any accident history.",
            ),
            ("caller", "How do I request that?"),
            (
                "agent",
                "There's an online form on the lighting page, or I can log it now. The review panel meets every quarter, and the next one is in January.",
            ),
            ("caller", "Please log it now."),
            (
                "agent",
                "Done. Your reference is SL 4471. If the panel agrees, the change is made remotely, because each lantern has its own control node.",
            ),
            ("caller", "And if they say no?"),
            (
                "agent",
                "You can appeal through your local councillor. In the meantime, I'd suggest reporting any incidents to the police, since that data is what the panel relies on.",
            ),
            ("caller", "Okay. Thanks, Josh."),
        ],
    },
    "zd_lighting_led": {
        "turns": [
            (
                "host",
                "Welcome back to Council Matters. My guest is Alan Brierley, the street lighting engineer for Northmoor County Council, which has just finished changing every street light to LED. Alan, how many are we talking about?",
            ),
            ("engineer", "Just over 38,000 lanterns, done over three years."),
            ("host", "That must have cost a fortune."),
            (
                "engineer",
                "9 million pounds, borrowed through an invest-to-save loan. Energy use has dropped by about 60%, so the loan pays itself off in roughly eight years.",
            ),
            ("host", "I remember there were complaints at the start."),
            (
                "engineer",
                "There were, and they were justified. The first batch in 2021 were 4,000 kelvin, a very cold, blue-white light, and people said their bedrooms looked like a car park.",
            ),
            ("host", "So what changed?"),
            (
                "engineer",
                "We switched to 3,000 kelvin for all residential streets, which is warmer, and fitted shields on about 600 lanterns that shone straight into windows.",
            ),
            ("host", "Did you go back and replace the early ones?"),
            (
                "engineer",
                "Only where someone asked. Around 1,200 were swapped, at the supplier's cost, because it was written into our contract.",
            ),
            ("host", "What about dimming?"),
            (
                "engineer",
                "Every light dims to 50% between 10pm and 6am. Most people genuinely don't notice, and it saves another 15% on top.",
            ),
            ("host", "I read that bats came into it somewhere."),
            (
                "engineer",
                "Yes. Along the River Leen corridor we used amber lanterns at 2,200 kelvin, because the ecologists told us bats avoid white light and it was blocking their flight paths to feed.",
            ),
            ("host", "Would you do anything differently?"),
            (
                "engineer",
                "I'd have trialled the colour on one estate first. We rushed the first batch to hit a funding deadline, and it cost us a lot of goodwill.",
            ),
            ("host", "Alan, thank you."),
        ],
    },
    "zd_cemetery_space": {
        "turns": [
            (
                "host",
                "Today on the Harlow Vale civic podcast we're talking about something nobody likes to think about, which is where we'll bury people. With me are Sue Pendry, the council's bereavement services manager, and Councillor Rob Ayres. Sue, how close is Hillside Cemetery to being full?",
            ),
            (
                "officer",
                "We have about 90 new grave spaces left. At the current rate, that's roughly three years.",
            ),
            ("host", "Three years doesn't sound long."),
            (
                "officer",
                "It isn't, when you consider that opening new burial land takes at least two years with the surveys and approvals.",
            ),
            ("host", "So what are the options?"),
            (
                "councillor",
                "There are three. We could extend Hillside into the field next door, build a new cemetery on council land at Crowmoor, or create a natural burial meadow.",
            ),
            ("host", "Why not just reuse old graves, as some countries do?"),
            (
                "officer",
                "In England, outside London, we simply don't have the legal power to do that. It would need a change in national law.",
            ),
            ("host", "Right. What does the extension cost?"),
            (
                "councillor",
                "About 650,000 pounds for roughly 1,100 plots, including drainage and new paths. The Crowmoor site would be closer to 2 million, because it needs an access road and car parking.",
            ),
            ("host", "And the natural burial idea?"),
            (
                "officer",
                "It's cheap to create and demand is growing. Last year about one in eight families asked us about it. But it doesn't solve everything, because many faiths and families want a traditional headstone.",
            ),
            ("host", "Is there a snag with the field next door?"),
            (
                "officer",
                "The main one is groundwater. The Environment Agency needs test pits to show the water table is deep enough, and that field floods in parts every winter.",
            ),
            (
                "councillor",
                "That's why we've commissioned a ground survey, which reports in June. If it passes, the extension is my preferred option.",
            ),
            ("host", "And if it fails?"),
            ("councillor", "Then Crowmoor, and we'd have to borrow for it."),
        ],
    },
    "zd_burial_woodland_call": {
        "turns": [
            ("agent", "Kingsford Bereavement Services, Amira speaking."),
            (
                "caller",
                "Hello. My mother died on Sunday, and she always said she wanted a woodland burial. I understand you have a site?",
            ),
            (
                "agent",
                "I'm so sorry for your loss. Yes, we have the natural burial area at Oakridge, on the edge of the town cemetery.",
            ),
            ("caller", "How does it differ from a normal grave?"),
            (
                "agent",
                "There are no headstones. Instead, families can plant a native tree or a patch of wildflowers, and we record the exact location by GPS so you can always find it.",
            ),
            ("caller", "She'd like that. What about the coffin?"),
            (
                "agent",
                "It has to be biodegradable, so wicker, bamboo, cardboard or untreated wood. No embalming either.",
            ),
            ("caller", "And the cost?"),
            (
                "agent",
                "For a resident, the interment fee is 780 pounds and the right of burial is 950, which lasts 50 years.",
            ),
            ("caller", "She lived just outside the boundary, in Hatton. Does that matter?"),
            (
                "agent",
                "I'm afraid it does. Non-resident fees are double, so 3,460 in total. The one exception is if she lived in Kingsford for at least 20 years before moving.",
            ),
            ("caller", "She did, actually. Thirty years on Mill Road before she moved."),
            (
                "agent",
                "Then you'd pay resident rates. We'd just need something showing the old address, like a council tax bill or an electoral roll entry.",
            ),
            ("caller", "Can we hold it on a Saturday? Family are travelling down from Scotland."),
            (
                "agent",
                "Saturday mornings are possible, with a surcharge of 250 pounds. Afternoons are not, as there are no grounds staff on duty.",
            ),
            ("caller", "That's fine. What happens next?"),
            (
                "agent",
                "Your funeral director will book it with us. I'll email you our natural burial guide today.",
            ),
        ],
    },
    "zd_toilets_seafront": {
        "turns": [
            (
                "host",
                "In Porthmellin, the district council plans to close four of its six public toilets in April. I'm joined by Councillor Jenny Tregear and by Mark Polglase, who runs a café on the harbour. Councillor, why close them?",
            ),
            (
                "councillor",
                "Each block costs us about 38,000 a year to clean, repair and supply. With vandalism and water bills rising, we simply can't keep all six open.",
            ),
            ("host", "Which two stay open?"),
            (
                "councillor",
                "The harbour block and the one at the main car park, because they get the most visitors and both have accessible cubicles.",
            ),
            ("host", "Mark, what's your reaction?"),
            (
                "resident",
                "Honestly, dismay. In summer we get coach parties, and if the beach toilets at Gwel Mor shut, everyone will queue at my café instead.",
            ),
            (
                "councillor",
                "That's partly the idea, though. We're launching a community toilet scheme, where businesses let the public use their toilets and we pay them 600 pounds a year.",
            ),
            ("resident", "600 pounds doesn't cover the loo roll in August."),
            ("host", "Is there any way the toilets could stay open?"),
            (
                "councillor",
                "The town council has said it will take over the Gwel Mor block if we transfer it for free, and it's looking at adding a 40p charge.",
            ),
            (
                "resident",
                "I'd support that. People will pay for a clean toilet, they won't pay for a filthy one.",
            ),
            ("host", "When will the town council decide?"),
            (
                "councillor",
                "Their vote is on the 3rd of March. If they say yes, the block stays open while the legal transfer goes through.",
            ),
            ("host", "What happens to the other three if nobody takes them?"),
            (
                "councillor",
                "We'd board them up first, and then look at selling them. One has already had interest as a surf hire kiosk.",
            ),
            (
                "resident",
                "Just make sure there's signage pointing people to the ones that are open. That's what visitors really need.",
            ),
        ],
    },
    "zd_park_pavilion": {
        "turns": [
            (
                "chair",
                "Thanks for coming, Gareth. The Friends of Alder Park have one question above all, which is when the pavilion toilets will reopen.",
            ),
            (
                "officer",
                "Fair question. They've been shut since the flood in 2022, and the honest answer is next spring, if the café plan goes through.",
            ),
            ("member", "What café plan?"),
            (
                "officer",
                "We've advertised a lease on the pavilion kitchen. The operator gets the café rent-free for the first year, and in return they open, clean and lock the toilets every day.",
            ),
            ("chair", "Has anyone bid?"),
            (
                "officer",
                "Three bids. The strongest is from a local social enterprise, Brew Works, which trains young people with learning disabilities.",
            ),
            ("member", "I love that idea."),
            ("chair", "What are the opening hours going to be?"),
            (
                "officer",
                "Eight till six from April to September, and nine till four in winter. When the café is shut, the toilets are shut too.",
            ),
            ("member", "That's a problem for the football on Sunday evenings."),
            (
                "officer",
                "Noted. We could give the league a key for the changing-room toilets instead.",
            ),
            (
                "chair",
                "What about a Changing Places toilet? We've been campaigning for one for years.",
            ),
            (
                "officer",
                "Good news there. We've won 140,000 from the government fund, so we'll build one on the side of the pavilion, with a hoist and an adult-sized changing bench.",
            ),
            ("chair", "That's brilliant."),
            ("member", "Who pays to repair the flood damage, though?"),
            (
                "officer",
                "Insurance covers most of it, around 85,000. The council is adding 20,000 for new drainage so it doesn't happen again.",
            ),
            ("chair", "And vandalism? The old toilets were wrecked twice."),
            (
                "officer",
                "The café being there all day is our best defence. We're also fitting a locked door on the Changing Places toilet, opened with the national disability key.",
            ),
        ],
    },
}

QUESTIONS = [
    # zd_budget_tax_rise
    (
        "How big was the shortfall in the district council's budget?",
        "zd_budget_tax_rise",
        ["We are facing a"],
    ),
    (
        "How much of the deficit would the council tax increase cover?",
        "zd_budget_tax_rise",
        ["About 1.1 million."],
    ),
    (
        "How much would be left in the general reserve under the leader's plan?",
        "zd_budget_tax_rise",
        ["We'd draw 800,000 from"],
    ),
    (
        "What is the lowest the finance director would let reserves go?",
        "zd_budget_tax_rise",
        ["My advice is never"],
    ),
    (
        "What did the opposition want to cancel to pay for a smaller tax rise?",
        "zd_budget_tax_rise",
        ["We'd hold the rise"],
    ),
    (
        "Why did the leader defend spending on the office refit?",
        "zd_budget_tax_rise",
        ["It lets us leave"],
    ),
    (
        "How long would the refit take to pay for itself?",
        "zd_budget_tax_rise",
        ["A payback of nearly", "Yes, and after that"],
    ),
    (
        "What would the leisure centre get under the leader's budget?",
        "zd_budget_tax_rise",
        ["Ours trims it by"],
    ),
    (
        "Why was Councillor Okafor against cutting leisure funding?",
        "zd_budget_tax_rise",
        ["Cutting it is a"],
    ),
    (
        "What was the result of the vote on the opposition's amendment?",
        "zd_budget_tax_rise",
        ["The amendment falls, 19"],
    ),
    # zd_budget_phone_in
    (
        "When does the Westmarsh budget consultation finish?",
        "zd_budget_phone_in",
        ["It closes on Friday"],
    ),
    (
        "How many people have answered the county's budget survey?",
        "zd_budget_phone_in",
        ["We've had about 2,600"],
    ),
    (
        "What choices were Westmarsh residents offered on council tax?",
        "zd_budget_phone_in",
        ["There are three options"],
    ),
    (
        "How much council tax does the pensioner from Holbury pay?",
        "zd_budget_phone_in",
        ["I'm a pensioner, and"],
    ),
    (
        "What share of the county's money goes on looking after vulnerable people?",
        "zd_budget_phone_in",
        ["Our biggest cost is"],
    ),
    ("Which option would Derek go for?", "zd_budget_phone_in", ["The lowest one, obviously."]),
    (
        "How much did the county pay outside advisers, and for what work?",
        "zd_budget_phone_in",
        ["We spent 900,000 on"],
    ),
    (
        "Which service did respondents most want to keep?",
        "zd_budget_phone_in",
        ["What surprised me is"],
    ),
    (
        "Why does the councillor think lollipop staff are so valued?",
        "zd_budget_phone_in",
        ["I think people see"],
    ),
    (
        "When will the final vote on the county budget happen?",
        "zd_budget_phone_in",
        ["Full council votes on"],
    ),
    # zd_parish_defib
    (
        "How much did Little Harrow pay to take over the telephone kiosk?",
        "zd_parish_defib",
        ["It cost us the"],
    ),
    (
        "How much of the defibrillator's price does the grant pay for?",
        "zd_parish_defib",
        ["The defibrillator itself is"],
    ),
    (
        "Why does the defib cabinet need an electricity supply?",
        "zd_parish_defib",
        ["The cabinet needs a"],
    ),
    (
        "What would a brand new power connection to the kiosk have cost?",
        "zd_parish_defib",
        ["We were quoted 2,200"],
    ),
    (
        "How will the parish get electricity to the defibrillator in the end?",
        "zd_parish_defib",
        ["Tom at the Plough"],
    ),
    (
        "When is the training on using the defibrillator?",
        "zd_parish_defib",
        ["The ambulance service runs"],
    ),
    (
        "What did the councillor say to people nervous about using the machine?",
        "zd_parish_defib",
        ["Honestly, the machine talks"],
    ),
    (
        "Why did the clerk want to raise the parish precept?",
        "zd_parish_defib",
        ["I'm recommending 19,500, mainly"],
    ),
    (
        "What precept figure did the dissenting councillor prefer?",
        "zd_parish_defib",
        ["I'd rather go to"],
    ),
    (
        "How did the vote on Little Harrow's precept go?",
        "zd_parish_defib",
        ["That's five, against two"],
    ),
    # zd_parish_memorial
    (
        "What did the two firms quote for the Brookfield memorial work?",
        "zd_parish_memorial",
        ["Hadley Stone in Ledbury"],
    ),
    (
        "Why was the clerk wary of the cheapest stonemason?",
        "zd_parish_memorial",
        ["Hadley proposed pressure washing"],
    ),
    (
        "What technique would the dearer conservation firm use?",
        "zd_parish_memorial",
        ["They use a low-pressure"],
    ),
    (
        "How much of the cost will the memorials charity cover?",
        "zd_parish_memorial",
        ["The Trust will pay"],
    ),
    (
        "When is the memorial cleaning expected to begin?",
        "zd_parish_memorial",
        ["Early September, so it's"],
    ),
    (
        "Why was there a seat free on Brookfield parish council?",
        "zd_parish_memorial",
        ["Now the vacancy left"],
    ),
    (
        "What counted in Margaret Lyle's favour?",
        "zd_parish_memorial",
        ["Margaret has fifteen years'"],
    ),
    (
        "Why did the councillor back the younger candidate?",
        "zd_parish_memorial",
        ["True, but we need"],
    ),
    ("Who won the co-option vote in Brookfield?", "zd_parish_memorial", ["That's four for Daniel"]),
    (
        "What precept did the Brookfield clerk suggest?",
        "zd_parish_memorial",
        ["I recommend holding it"],
    ),
    # zd_licensing_late_bar
    (
        "What later hours did The Anchor originally apply for?",
        "zd_licensing_late_bar",
        ["The applicant wants to"],
    ),
    (
        "What did the pub agree to so that the police dropped their objection?",
        "zd_licensing_late_bar",
        ["The applicant agreed to"],
    ),
    (
        "How long has Mr Doyle been running the pub?",
        "zd_licensing_late_bar",
        ["We've run The Anchor"],
    ),
    (
        "Why does the landlord think staying open later would help?",
        "zd_licensing_late_bar",
        ["Since the nightclub on"],
    ),
    (
        "Where does Ms Kerr live in relation to the pub?",
        "zd_licensing_late_bar",
        ["I live directly above"],
    ),
    (
        "What did the landlord offer to do about the outdoor smoking space?",
        "zd_licensing_late_bar",
        ["We could close it"],
    ),
    (
        "How many noise complaints had been recorded about The Anchor?",
        "zd_licensing_late_bar",
        ["Environmental health logged three"],
    ),
    (
        "What final time for serving drinks did the sub-committee allow?",
        "zd_licensing_late_bar",
        ["Alcohol sales may run"],
    ),
    (
        "When does the pub yard have to shut under the decision?",
        "zd_licensing_late_bar",
        ["The smoking yard must"],
    ),
    (
        "How did the neighbour feel about the outcome of the hearing?",
        "zd_licensing_late_bar",
        ["It's better than I"],
    ),
    # zd_licensing_off_licence
    (
        "What kind of shop does Mrs Anand want to open on Station Parade?",
        "zd_licensing_off_licence",
        ["My client, Mrs Anand"],
    ),
    (
        "Why are the police against another off-licence on the Parade?",
        "zd_licensing_off_licence",
        ["Station Parade lies inside"],
    ),
    (
        "How many other places nearby already sell alcohol to take away?",
        "zd_licensing_off_licence",
        ["There are already four"],
    ),
    (
        "How many drink-related incidents happened on the Parade last year?",
        "zd_licensing_off_licence",
        ["Four, and last year"],
    ),
    (
        "What product restrictions did the shop owner propose?",
        "zd_licensing_off_licence",
        ["She won't sell single"],
    ),
    (
        "At what time of day do most problems occur, according to the sergeant?",
        "zd_licensing_off_licence",
        ["Most incidents happen after"],
    ),
    (
        "What is the ward councillor's view of the new store?",
        "zd_licensing_off_licence",
        ["I'm not against the"],
    ),
    (
        "Would the police accept an earlier cut-off for alcohol sales?",
        "zd_licensing_off_licence",
        ["Given the conditions, we"],
    ),
    (
        "What extra requirements did the committee impose on the shop?",
        "zd_licensing_off_licence",
        ["We also require staff"],
    ),
    (
        "Why was the licence granted despite the impact zone?",
        "zd_licensing_off_licence",
        ["We were persuaded the"],
    ),
    # zd_nplan_referendum
    (
        "What was the result of the Castleby referendum?",
        "zd_nplan_referendum",
        ["88% voted yes, on"],
    ),
    (
        "How did the referendum turnout compare with other local votes?",
        "zd_nplan_referendum",
        ["It does, but for", "The district election the"],
    ),
    (
        "Why did the Castleby plan take so long to complete?",
        "zd_nplan_referendum",
        ["We started in 2019"],
    ),
    (
        "What subjects does the Castleby plan deal with?",
        "zd_nplan_referendum",
        ["Ours covers shopfronts on"],
    ),
    (
        "What rules does the plan set for the look of shops?",
        "zd_nplan_referendum",
        ["Painted timber rather than"],
    ),
    ("Which policy did the examiner throw out?", "zd_nplan_referendum", ["We'd tried to ban"]),
    (
        "Does Helen now think the examiner was fair?",
        "zd_nplan_referendum",
        ["Looking back, he was"],
    ),
    (
        "How was the neighbourhood plan funded?",
        "zd_nplan_referendum",
        ["About 24,000 pounds, nearly"],
    ),
    (
        "What tip does Helen give other villages writing a plan?",
        "zd_nplan_referendum",
        ["Keep it short.", "Our first draft had"],
    ),
    # zd_nplan_green_spaces
    (
        "What criteria does a site need to meet to be a local green space?",
        "zd_nplan_green_spaces",
        ["A site has to"],
    ),
    (
        "How strong is the protection a green space designation gives?",
        "zd_nplan_green_spaces",
        ["Designation gives it protection"],
    ),
    (
        "How much support did Sandy Meadow get in the consultation?",
        "zd_nplan_green_spaces",
        ["It's a hectare and"],
    ),
    (
        "What has Sandy Meadow traditionally been used for?",
        "zd_nplan_green_spaces",
        ["It's where the bonfire's"],
    ),
    (
        "Why did the consultant see little point in designating the allotments?",
        "zd_nplan_green_spaces",
        ["They're already protected under"],
    ),
    (
        "Why did the member want the allotment site included anyway?",
        "zd_nplan_green_spaces",
        ["The allotment society is"],
    ),
    (
        "Why would the old quarry probably be rejected?",
        "zd_nplan_green_spaces",
        ["At 22 hectares it's"],
    ),
    (
        "How else could the quarry be safeguarded?",
        "zd_nplan_green_spaces",
        ["You could still protect"],
    ),
    (
        "Why did the cricket club object to its ground being designated?",
        "zd_nplan_green_spaces",
        ["They want flexibility to"],
    ),
    (
        "Would a green space designation prevent a new cricket pavilion?",
        "zd_nplan_green_spaces",
        ["Not necessarily, small ancillary"],
    ),
    # zd_lighting_part_night
    (
        "Which street is the Penbury caller phoning about?",
        "zd_lighting_part_night",
        ["I live on Foxglove"],
    ),
    (
        "Between what times are the lights turned off under the scheme?",
        "zd_lighting_part_night",
        ["No, Foxglove Close is"],
    ),
    (
        "Were residents supposed to be told about the switch-off?",
        "zd_lighting_part_night",
        ["There should have been"],
    ),
    (
        "How much does turning off residential lights save Eastvale?",
        "zd_lighting_part_night",
        ["Switching off about 14,000"],
    ),
    (
        "Why is the caller especially worried about the dark?",
        "zd_lighting_part_night",
        ["I work shifts at", "I get back around"],
    ),
    (
        "Which places keep their lights on through the night?",
        "zd_lighting_part_night",
        ["Some lights do stay"],
    ),
    (
        "What evidence is considered when a street's lighting is reviewed?",
        "zd_lighting_part_night",
        ["We look at crime"],
    ),
    (
        "When does the lighting review panel next meet?",
        "zd_lighting_part_night",
        ["The review panel meets"],
    ),
    (
        "How would the lights be changed if the review succeeds?",
        "zd_lighting_part_night",
        ["If the panel agrees"],
    ),
    (
        "What can the caller do if her request is turned down?",
        "zd_lighting_part_night",
        ["You can appeal through", "In the meantime, I'd"],
    ),
    # zd_lighting_led
    (
        "How many street lamps did Northmoor convert to LED?",
        "zd_lighting_led",
        ["Just over 38,000 lanterns"],
    ),
    ("How was the LED switchover paid for?", "zd_lighting_led", ["9 million pounds, borrowed"]),
    (
        "How long until the energy savings repay the loan?",
        "zd_lighting_led",
        ["Energy use has dropped"],
    ),
    (
        "What did people dislike about the first LED lights?",
        "zd_lighting_led",
        ["The first batch in"],
    ),
    (
        "How did the council respond to complaints about the harsh light?",
        "zd_lighting_led",
        ["We switched to 3,000"],
    ),
    ("Who paid to replace the early lanterns?", "zd_lighting_led", ["Around 1,200 were swapped"]),
    ("How much are the lights turned down overnight?", "zd_lighting_led", ["Every light dims to"]),
    (
        "Why did the lights by the river get a different colour?",
        "zd_lighting_led",
        ["Along the River Leen"],
    ),
    (
        "What would the engineer do differently next time?",
        "zd_lighting_led",
        ["I'd have trialled the", "We rushed the first"],
    ),
    # zd_cemetery_space
    ("How many burial plots are left at Hillside?", "zd_cemetery_space", ["We have about 90"]),
    (
        "Why is three years of space a worry for the council?",
        "zd_cemetery_space",
        ["It isn't, when you"],
    ),
    (
        "What options is Harlow Vale considering for more burial space?",
        "zd_cemetery_space",
        ["We could extend Hillside"],
    ),
    (
        "Why can't the council reuse old graves?",
        "zd_cemetery_space",
        ["In England, outside London"],
    ),
    (
        "How many graves would extending Hillside provide, and at what cost?",
        "zd_cemetery_space",
        ["About 650,000 pounds for"],
    ),
    (
        "Why would a brand new cemetery cost so much more?",
        "zd_cemetery_space",
        ["The Crowmoor site would"],
    ),
    (
        "How many families are interested in natural burial?",
        "zd_cemetery_space",
        ["Last year about one"],
    ),
    (
        "What is the problem with the field beside the cemetery?",
        "zd_cemetery_space",
        ["The main one is"],
    ),
    (
        "When will the results of the ground tests be known?",
        "zd_cemetery_space",
        ["That's why we've commissioned"],
    ),
    (
        "What happens if the neighbouring field fails its tests?",
        "zd_cemetery_space",
        ["Then Crowmoor, and we'd"],
    ),
    # zd_burial_woodland_call
    (
        "Where is Kingsford's woodland burial ground?",
        "zd_burial_woodland_call",
        ["Yes, we have the"],
    ),
    (
        "How are graves marked when there's no headstone?",
        "zd_burial_woodland_call",
        ["Instead, families can plant"],
    ),
    (
        "What sort of coffin is allowed for a natural burial?",
        "zd_burial_woodland_call",
        ["It has to be"],
    ),
    (
        "How much is a woodland burial for a local resident, and how long is the grave right?",
        "zd_burial_woodland_call",
        ["For a resident, the"],
    ),
    (
        "What would it cost for someone living outside Kingsford?",
        "zd_burial_woodland_call",
        ["Non-resident fees are double"],
    ),
    (
        "When can someone from outside the area still get local rates?",
        "zd_burial_woodland_call",
        ["The one exception is"],
    ),
    (
        "What proof of the mother's previous address is needed?",
        "zd_burial_woodland_call",
        ["We'd just need something"],
    ),
    (
        "Why does the caller want the funeral at the weekend?",
        "zd_burial_woodland_call",
        ["Family are travelling down"],
    ),
    (
        "Can a burial be held on a Saturday afternoon?",
        "zd_burial_woodland_call",
        ["Afternoons are not, as"],
    ),
    (
        "Who books the burial with the council?",
        "zd_burial_woodland_call",
        ["Your funeral director will"],
    ),
    # zd_toilets_seafront
    (
        "How many of Porthmellin's public loos are closing?",
        "zd_toilets_seafront",
        ["In Porthmellin, the district"],
    ),
    (
        "What does each toilet block cost to run per year?",
        "zd_toilets_seafront",
        ["Each block costs us"],
    ),
    (
        "Why are the harbour and car park toilets being kept?",
        "zd_toilets_seafront",
        ["The harbour block and"],
    ),
    ("What is the café owner afraid will happen?", "zd_toilets_seafront", ["In summer we get"]),
    (
        "How does the scheme for shops opening their toilets work?",
        "zd_toilets_seafront",
        ["We're launching a community"],
    ),
    (
        "What does Mark think of the payment shops will get?",
        "zd_toilets_seafront",
        ["600 pounds doesn't cover"],
    ),
    (
        "Who might take over the beach toilets at Gwel Mor?",
        "zd_toilets_seafront",
        ["The town council has"],
    ),
    (
        "Why is the café owner in favour of charging to use the toilets?",
        "zd_toilets_seafront",
        ["People will pay for"],
    ),
    (
        "What will happen to the other toilet blocks if nobody takes them on?",
        "zd_toilets_seafront",
        ["We'd board them up", "One has already had"],
    ),
    (
        "What did the café owner say visitors need most?",
        "zd_toilets_seafront",
        ["Just make sure there's"],
    ),
    # zd_park_pavilion
    (
        "Why have the Alder Park toilets been out of use?",
        "zd_park_pavilion",
        ["They've been shut since"],
    ),
    (
        "What must the café tenant do in exchange for a rent-free year?",
        "zd_park_pavilion",
        ["The operator gets the"],
    ),
    (
        "Who is the front-runner to run the pavilion café?",
        "zd_park_pavilion",
        ["The strongest is from"],
    ),
    (
        "When will the pavilion toilets be open in winter?",
        "zd_park_pavilion",
        ["Eight till six from"],
    ),
    (
        "Why is the member worried about the opening times?",
        "zd_park_pavilion",
        ["That's a problem for"],
    ),
    (
        "How could the Sunday footballers still get access to toilets?",
        "zd_park_pavilion",
        ["We could give the"],
    ),
    (
        "How is the accessible changing toilet being paid for?",
        "zd_park_pavilion",
        ["We've won 140,000 from"],
    ),
    (
        "Who will pay for fixing the flood damage?",
        "zd_park_pavilion",
        ["Insurance covers most of", "The council is adding"],
    ),
    (
        "How does the council hope to prevent vandalism of the new toilets?",
        "zd_park_pavilion",
        ["The café being there", "We're also fitting a"],
    ),
]
