"""Building and home projects: architects, site meetings, planning appeals, surveys, kitchens, roofs, viewings  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "q_architect_rear_extension": {
        "turns": [
            (
                "architect",
                "Thanks for coming in, both of you. I've put the two layouts for the rear extension on the table. Shall we start with the one you liked last time?",
            ),
            (
                "client",
                "Yes, the wide one. Although we've been talking, and we're worried it eats too much of the garden.",
            ),
            (
                "architect",
                "That's fair. Option A goes out 6 metres across the full width. Option B is narrower but only 4 metres deep, and it keeps the side return for bins and bikes.",
            ),
            ("partner", "What's the difference in cost?"),
            (
                "architect",
                "Roughly 18 thousand pounds. Option A I'd estimate at around 95 thousand, and B at about 77 thousand, before fees and VAT.",
            ),
            ("client", "Right."),
            (
                "partner",
                "And does either one need full planning, or can we go under permitted development?",
            ),
            (
                "architect",
                "B fits under the larger home extension scheme, so you notify the council and the neighbours get 21 days to object. A would need a full application because of the depth.",
            ),
            ("client", "Then B, honestly. We don't want a year of paperwork."),
            (
                "architect",
                "Sensible. The other question is the roof. I'd drawn a flat roof with a big lantern, but you mentioned wanting a pitched roof?",
            ),
            ("partner", "That was me. I just think flat roofs leak."),
            (
                "architect",
                "Modern ones with a single ply membrane don't, if they're detailed properly. The real reason I'd avoid a pitch is your bedroom window above. A pitched roof would sit right under the sill.",
            ),
            ("partner", "Ah. I hadn't thought of that. Flat it is then."),
            (
                "client",
                "What about the doors? We saw sliding ones at a friend's house in Didsbury and loved them.",
            ),
            (
                "architect",
                "Sliding doors are lovely, but a three panel slider that wide costs about 9 thousand. Bifolds are a bit cheaper, but I prefer sliders because the frames are slimmer and you get more view.",
            ),
            ("client", "Let's go with the slider then."),
            (
                "architect",
                "Good. I'll redraw Option B with a flat roof and sliders and send it over by Friday the 14th. Then we can book the structural engineer.",
            ),
            ("partner", "Who do you normally use?"),
            (
                "architect",
                "A firm called Hallam and Price. They're not the cheapest, but they answer the phone.",
            ),
        ],
    },
    "q_architect_loft_conversion": {
        "turns": [
            (
                "architect",
                "So, the survey's back, and the good news is there's enough head height for a loft conversion. We measured 2.4 metres at the ridge.",
            ),
            ("client", "Is that enough? I read somewhere you need 2.2."),
            (
                "architect",
                "2.2 is the usual minimum, so you have a little to spare. But once we add the new floor joists we lose about 15 centimetres, so it'll be tight in the middle.",
            ),
            ("client", "Okay. What are my options for the dormer?"),
            (
                "architect",
                "Two, really. A full width box dormer at the back gives you the most space, enough for a double bedroom and an en suite. Or a pair of smaller dormers, which look nicer but give you roughly a third less floor area.",
            ),
            ("client", "The street doesn't see the back though, does it?"),
            ("architect", "No, only your neighbours do. That's why I'd go for the box dormer."),
            ("client", "And the stairs? My worry is losing the airing cupboard on the landing."),
            (
                "architect",
                "You will lose it, I'm afraid. The new staircase has to land somewhere, and that cupboard is the only spot that keeps 2 metres of head room over the stairs.",
            ),
            ("client", "Right. Where does the boiler go then?"),
            (
                "architect",
                "Into the loft itself, or we swap it for a combi in the kitchen. I'd do the combi, because you'd get rid of the hot water tank too.",
            ),
            ("client", "What sort of budget are we talking?"),
            (
                "architect",
                "For a box dormer with an en suite in this area, I'd say 55 to 65 thousand. My last one in Headingley came in at 61.",
            ),
            ("client", "That's more than I'd hoped. My brother had his done for 40 in 2019."),
            (
                "architect",
                "Prices have gone up a lot since then, mainly timber and labour. I wouldn't plan on anything under 55.",
            ),
            ("client", "Fair enough. What happens next?"),
            (
                "architect",
                "I'll do the drawings for building control. Fire safety is the big one, so every door onto the stairs needs to be a fire door, and you'll need mains linked smoke alarms on each floor.",
            ),
            ("client", "Fine by me."),
        ],
    },
    "q_site_meeting_foundations": {
        "turns": [
            (
                "builder",
                "Morning. Mind the trench, it's deeper than it looks. So this is why I called you both out.",
            ),
            ("client", "What's happened?"),
            (
                "builder",
                "We dug down to a metre, which is what the drawings show, and hit soft clay with roots all through it. There's an old willow on the neighbour's side, about 8 metres away.",
            ),
            (
                "engineer",
                "Willow is the worst one for clay. It sucks the moisture out in summer and the ground shrinks.",
            ),
            ("client", "So what does that mean for us?"),
            (
                "engineer",
                "The foundations have to go deeper, below the root zone. I'd want at least 2.5 metres here, possibly more.",
            ),
            ("client", "How much more is that going to cost?"),
            (
                "builder",
                "If we stay with a deep trench fill, it's a lot of concrete. I've priced it at about 11 thousand extra. The other option is mini piles with a ground beam, which is about 14 thousand.",
            ),
            ("client", "Why would anyone pick the dearer one?"),
            (
                "engineer",
                "Because with piles you're not digging out tonnes of spoil and carting it away, and there's less risk of the trench collapsing. On this site, with the shared wall so close, I'd actually prefer piles.",
            ),
            (
                "builder",
                "I'm happy either way. Piles would add a week, though, because the piling rig is booked until the 3rd of June.",
            ),
            ("client", "A week's fine. Can we ask the neighbour to cut the willow down?"),
            (
                "engineer",
                "Please don't. Removing a big tree can make the clay swell back up, which is called heave, and that can damage both houses.",
            ),
            ("client", "Wow. Okay."),
            (
                "builder",
                "Also, the building inspector needs to see the trench before anything is poured. I've booked him for Thursday morning.",
            ),
            ("client", "Do I need to be here?"),
            (
                "builder",
                "No, but it'd help if you could move your car off the drive, the concrete lorry needs to back in.",
            ),
            ("client", "Done. Let's go with the piles."),
        ],
    },
    "q_site_meeting_drainage": {
        "turns": [
            (
                "foreman",
                "Thanks for coming down. I wanted you to see this before we backfill anything.",
            ),
            ("client", "Is that a pipe?"),
            (
                "foreman",
                "It's a shared sewer. It runs right under where your kitchen is going, about 1.2 metres down. It's not on any of the plans we were given.",
            ),
            ("client", "Whose is it?"),
            (
                "foreman",
                "It serves you and the two houses either side, so it belongs to the water company, Severn Trent in your case.",
            ),
            ("client", "Does that stop the build?"),
            (
                "foreman",
                "Not stop, but we need a build over agreement from them before we go any further. Usually that takes two to three weeks.",
            ),
            ("client", "And if they say no?"),
            (
                "foreman",
                "Then we'd have to divert the sewer round the extension, which I'd guess at 6 or 7 thousand. I don't think it'll come to that. They mostly say yes if we put in a new pipe and a manhole outside the footprint.",
            ),
            ("client", "What does the new pipe bit cost?"),
            (
                "foreman",
                "About 2,800 for the pipework and the chamber, plus the water company's fee, which was 390 last time I did one.",
            ),
            ("client", "Okay. And the guys just sit around for three weeks?"),
            (
                "foreman",
                "No, we'll crack on with the side wall and the steel over the opening. The steel's due on Tuesday anyway.",
            ),
            ("client", "Good. Also, the neighbours were asking about the skip."),
            (
                "foreman",
                "Yeah, Mrs Okafor at number 12 complained it blocks her view when she pulls out. We'll move it up to the corner on Monday. The permit from the council runs until the end of the month.",
            ),
            ("client", "Thank you. She's been really patient."),
            ("foreman", "She has. I've told the lads no radio before 8 as well."),
        ],
    },
    "q_planning_appeal_side_extension": {
        "turns": [
            (
                "inspector",
                "Good morning. This is the hearing into the appeal against Kirklees Council's refusal of a two storey side extension at 7 Moor Lane. I'm the inspector appointed to decide it. Can the council start by summarising the reason for refusal?",
            ),
            (
                "officer",
                "Certainly. The council refused the application in March on one ground, which is the effect on the character of the street. The extension would close the gap between number 7 and number 9, and those gaps are a feature of the whole row of semi detached houses.",
            ),
            ("inspector", "How wide is the gap now?"),
            ("officer", "Just over 4 metres. The extension would reduce it to under one metre."),
            ("inspector", "Thank you. Mr Lindqvist, for the appellants?"),
            (
                "agent",
                "Thank you, sir. We don't dispute that the gap narrows. Our point is that the upper floor is set back 1.5 metres from the front wall and the roof is set down, so from the street it reads as subordinate.",
            ),
            ("inspector", "Does the council accept that?"),
            (
                "officer",
                "We accept the set back, but the ground floor still fills the gap completely, so the terracing effect remains.",
            ),
            (
                "agent",
                "Can I add that there are at least three similar extensions further up Moor Lane? Numbers 23, 31 and 40.",
            ),
            ("inspector", "When were those approved?"),
            (
                "officer",
                "Two of them were before the 2015 design guide was adopted. Number 40 was approved in 2018, but it's on a corner plot, so the circumstances are different.",
            ),
            ("inspector", "I see. Is there anything about the neighbours?"),
            (
                "agent",
                "The owners of number 9 have written in support. They've no objection at all.",
            ),
            (
                "officer",
                "We have no concerns on privacy or light either. This is purely about the street scene.",
            ),
            (
                "inspector",
                "Understood. I'll visit the site this afternoon, on my own, and view it from the street. I'll aim to issue my decision within 5 weeks.",
            ),
        ],
    },
    "q_planning_appeal_garden_cabin": {
        "turns": [
            (
                "host",
                "On today's show I'm talking to Priya, who took her local council to appeal over a garden building and actually won. Priya, what did you want to build?",
            ),
            (
                "guest",
                "A timber cabin at the bottom of the garden, about 5 by 4 metres, for my mum to stay in when she visits. With a small shower room.",
            ),
            ("host", "And that needed planning? I thought garden rooms were usually fine."),
            (
                "guest",
                "That's what I thought too. But because it had a bathroom and a bed, the council said it was separate living accommodation, not an outbuilding.",
            ),
            ("host", "So they refused it."),
            (
                "guest",
                "They did, in November 2022. They were worried it would be let out as a holiday home, and that it would overlook the house behind.",
            ),
            ("host", "How did you decide to appeal rather than just change the design?"),
            (
                "guest",
                "Honestly, a neighbour who's a retired planner looked at it and said the refusal was weak. And an appeal is free to lodge, which surprised me.",
            ),
            ("host", "Free?"),
            (
                "guest",
                "For householder appeals, yes. You just pay your own costs. I paid a consultant 1,200 pounds to write the statement.",
            ),
            ("host", "And how long did it take?"),
            (
                "guest",
                "Far longer than I expected. The deadline to appeal was 12 weeks from the refusal, and then it took the inspectorate about 7 months to decide.",
            ),
            ("host", "Wow. What swung it in the end?"),
            (
                "guest",
                "The inspector said a condition could deal with the letting issue. So it can only be used as part of the main house, never rented out separately. And on overlooking, we'd already shown the windows face sideways, towards our own garden.",
            ),
            ("host", "Would you recommend other people appeal?"),
            (
                "guest",
                "Only if the refusal really is weak. Get someone independent to read it first. And keep your statement short, the inspector doesn't want 40 pages.",
            ),
            ("host", "Good advice. And is your mum using it?"),
            (
                "guest",
                "She moved in last spring, more or less. She says it's the best room on the street.",
            ),
        ],
    },
    "q_survey_victorian_terrace": {
        "turns": [
            (
                "surveyor",
                "Hi, it's Graham from Barlow Surveys. I've sent the level 3 report on 14 Albert Road, but I thought it'd be easier to talk you through it.",
            ),
            ("buyer", "Great, thanks. Is it bad?"),
            (
                "surveyor",
                "It's an 1890s terrace, so there's nothing I wouldn't expect. But there are three things I've flagged red.",
            ),
            ("buyer", "Go on."),
            (
                "surveyor",
                "The first is the rear chimney breast. It's been removed downstairs, but the breast upstairs is still there, and I couldn't see any steel supporting it.",
            ),
            ("buyer", "Is that dangerous?"),
            (
                "surveyor",
                "Potentially, yes. Ask the seller's solicitor for building regulations sign off. If there isn't any, budget around 2,000 to put a beam in.",
            ),
            ("buyer", "Okay. What's the second?"),
            (
                "surveyor",
                "Damp in the front room. My meter gave high readings up to about 1 metre. But I don't think it's rising damp. The outside ground level has been raised with a patio, and it's bridging the damp course.",
            ),
            ("buyer", "So the damp company's quote for injection isn't needed?"),
            (
                "surveyor",
                "I'd hold off on that. Lowering the patio by a couple of bricks and letting the wall dry out is much cheaper, and often it's all you need.",
            ),
            ("buyer", "And the third?"),
            (
                "surveyor",
                "The wiring. There's an old fuse box with rewireable fuses, probably from the 1970s. I'd get an electrician's report, and realistically plan on a full rewire, which for a house this size is 6 to 8 thousand.",
            ),
            ("buyer", "Should I try to get the price down?"),
            (
                "surveyor",
                "I would. Between the wiring and the chimney you've got a decent case for 8 or 9 thousand off. The roof, by the way, was fine. Slates are original but the flashing was redone recently.",
            ),
            ("buyer", "That's a relief. Thank you."),
        ],
    },
    "q_survey_bungalow_cracks": {
        "turns": [
            (
                "host",
                "Next on the line is Martin from Chelmsford, who's buying a bungalow and has had a worrying survey. Martin, go ahead.",
            ),
            (
                "caller",
                "Hi. It's a 1960s bungalow, and the surveyor's report mentions cracking and says possible subsidence. Now my lender is asking for a structural engineer.",
            ),
            ("host", "Let's bring in our surveyor, Helen Marsh. Helen, should Martin walk away?"),
            ("surveyor", "Not necessarily. Martin, how wide are the cracks?"),
            (
                "caller",
                "The report says up to 3 millimetres, over the kitchen window and the back door.",
            ),
            (
                "surveyor",
                "Cracks that size above openings are very common. Often it's just the lintels, the old concrete ones, rather than the ground moving. Subsidence cracks tend to be wider at the top and run diagonally.",
            ),
            ("caller", "They are diagonal, I think."),
            (
                "surveyor",
                "Then the engineer's visit is worth it. It'll cost you around 500 to 600, and they may want to monitor the cracks for a few months.",
            ),
            ("caller", "A few months? The seller wants to complete by August."),
            ("host", "That's a common problem, isn't it?"),
            (
                "surveyor",
                "Very. My advice is to ask for a one off inspection first. If the engineer says the movement is old and historic, most lenders will accept that.",
            ),
            ("caller", "And if it is subsidence?"),
            (
                "surveyor",
                "Then you need to know whether there's been an insurance claim. Houses with a past claim can be hard to insure, and the premium might double.",
            ),
            ("caller", "The report also said the roof tiles are concrete and the felt is sagging."),
            (
                "surveyor",
                "That's typical at that age and not urgent. It's a cost for the next 10 years, maybe 8 thousand for a new roof, but I wouldn't lose sleep over it.",
            ),
            ("host", "Martin, does that help?"),
            ("caller", "It does. I'll book the engineer tomorrow."),
            ("host", "Good luck. Let us know how it goes."),
        ],
    },
    "q_kitchen_fitting_galley": {
        "turns": [
            ("customer", "Hi, Dan, it's Ruth. How's it going in there?"),
            (
                "fitter",
                "Morning. Base units are all in along the left wall. I've hit a snag with the corner though.",
            ),
            ("customer", "What kind of snag?"),
            (
                "fitter",
                "The wall's out of square by about 25 millimetres over the length of the worktop. Old house, it happens. I can scribe the worktop to fit, but the gap at the end panel will show.",
            ),
            ("customer", "Can you hide it?"),
            (
                "fitter",
                "I'll put a filler strip in, painted to match. You won't notice it unless you go looking.",
            ),
            ("customer", "Okay. And the worktops, are they arriving today?"),
            (
                "fitter",
                "Not today. The quartz company rang, their template was wrong so they're recutting the sink section. They said Thursday, but I'd bet on Friday.",
            ),
            ("customer", "That's annoying. We've been washing up in the bath for a week."),
            (
                "fitter",
                "I know. I'll plumb in a temporary tap on the dishwasher feed so you've at least got water downstairs.",
            ),
            ("customer", "Oh, that would be brilliant. What about the extractor?"),
            (
                "fitter",
                "That's the other thing. The duct you wanted to run out the side wall hits a joist. I can either go up through the ceiling and under the bathroom floor, or use a recirculating one with a charcoal filter.",
            ),
            ("customer", "What would you do?"),
            (
                "fitter",
                "Duct it out through the ceiling if you can live with a bit of boxing. The recirculating ones don't really shift steam, and your galley's narrow, so you'd get condensation.",
            ),
            ("customer", "Boxing's fine. How much extra?"),
            ("fitter", "About 180 for the ducting and a morning's work. Call it 350 all in."),
            (
                "customer",
                "Fine. Oh, and the handles. We changed our minds, we want the brass ones, not black.",
            ),
            ("fitter", "No problem, as long as they're here by Monday."),
        ],
    },
    "q_kitchen_fitting_island": {
        "turns": [
            (
                "designer",
                "So this is the plan with the island we talked about. It's 2.4 metres long and 1 metre deep.",
            ),
            ("customer", "It looks huge on paper."),
            (
                "designer",
                "It's about right for the room, but the key thing is the walkway. You need at least 1 metre all round, ideally 1.2 where the oven door opens.",
            ),
            ("partner", "What have we got?"),
            (
                "designer",
                "1.1 on the cooker side and just over a metre by the fridge. So it works, just.",
            ),
            (
                "customer",
                "Could we put the hob on the island? I like facing into the room when I cook.",
            ),
            (
                "designer",
                "You could, but then you need a downdraft extractor in the worktop, and those are around 1,500 more than a hood. And the ducting has to run under the floor.",
            ),
            ("partner", "We're not lifting the floor. We only laid it two years ago."),
            ("customer", "Fine, hob stays on the wall."),
            (
                "designer",
                "I'd put the sink on the island instead. You'd still face the room when you're prepping and washing up.",
            ),
            ("partner", "Plumbing under the floor again though?"),
            (
                "designer",
                "Only a small trench for the waste, and it can come up through the end of the island from the utility wall. Much easier than a duct.",
            ),
            ("customer", "And what's the total now?"),
            (
                "designer",
                "With the island, the units come to 14,200, and appliances are another 6,800. Fitting is quoted separately by the installer, usually about 20% of the units.",
            ),
            ("partner", "So roughly 24 thousand all in."),
            (
                "designer",
                "Around that, before worktops. Laminate would keep it down, but for an island I'd recommend solid wood or quartz, because the edges get knocked a lot.",
            ),
            ("customer", "Quartz. Decided."),
            (
                "designer",
                "Lead time on the units is 8 weeks from order, so if you sign this week, fitting could start in early October.",
            ),
        ],
    },
    "q_roofing_quote_slate": {
        "turns": [
            (
                "homeowner",
                "Hi, thanks for coming out on Saturday. I've got your quote here, and I wanted to go through it, because it's quite a bit higher than the other one I had.",
            ),
            (
                "roofer",
                "Sure. Mine was 14,500 for the full strip and re slate on the front and back. What was the other?",
            ),
            ("homeowner", "It was 9,800, from a company in Bury."),
            ("roofer", "Did they say what slate they're using?"),
            ("homeowner", "Just natural slate, I think."),
            (
                "roofer",
                "That's probably the difference. I've priced Welsh slate, from Penrhyn, because that's what's on there now and you're in a conservation area. A lot of firms use Spanish slate, which is about half the price.",
            ),
            ("homeowner", "Is Spanish slate bad?"),
            (
                "roofer",
                "Not bad, good quality Spanish lasts 60 years or so. But Welsh will do well over a hundred, and the conservation officer may insist on it anyway.",
            ),
            ("homeowner", "Oh, I didn't know that. What about the scaffolding, is that included?"),
            (
                "roofer",
                "Yes, scaffolding is in the price, front and back, for up to 4 weeks. If the weather holds we'll be done in three.",
            ),
            ("homeowner", "And the chimney? The other company said they'd repoint it."),
            (
                "roofer",
                "I've allowed for new lead flashing round the chimney as well as repointing. Honestly, your leak over the back bedroom is the flashing, not the slates.",
            ),
            ("homeowner", "So could I just fix the flashing for now?"),
            (
                "roofer",
                "You could, for about 650. But a lot of your slates are slipping because the nails have rusted, which is nail sickness. You'd be patching every winter.",
            ),
            ("homeowner", "Right. What's the guarantee?"),
            (
                "roofer",
                "Ten years on workmanship, and we're members of a scheme that insures it if we go bust. Ask the other lot if they have that.",
            ),
            ("homeowner", "I will. Thanks, that's really helpful."),
        ],
    },
    "q_roofing_quote_flat_garage": {
        "turns": [
            (
                "owner",
                "So this is the garage roof. It's been leaking into the corner for about a year.",
            ),
            (
                "roofer",
                "Right. Let me have a look. Yeah, this is old felt, probably 25 years. See how it's cracked and blistered?",
            ),
            ("owner", "Can it be patched?"),
            (
                "roofer",
                "I could patch it, but I wouldn't take your money for it. The deck underneath is soft, look, my foot goes down here.",
            ),
            ("owner", "Oh. So the boards are rotten."),
            (
                "roofer",
                "Some of them. I'd strip everything off, replace the deck with new OSB boards and put a new covering on.",
            ),
            ("owner", "What are the options for the covering?"),
            (
                "roofer",
                "Three, really. Torch on felt, which is cheapest, around 2,200 for this size. EPDM rubber, which is about 2,600. Or fibreglass, at about 3,100.",
            ),
            ("owner", "My neighbour went with fibreglass."),
            (
                "roofer",
                "It's good stuff, but on a timber garage it can crack when the boards move in summer. For a garage like yours I'd go with the rubber, it's one sheet, no joins, and it stretches.",
            ),
            ("owner", "How long does rubber last?"),
            (
                "roofer",
                "Manufacturers say 50 years. I'd say 30 to be safe. Felt you'd get maybe 15.",
            ),
            ("owner", "And does the price include the new boards?"),
            (
                "roofer",
                "It does. What it doesn't include is the gutter. Yours is sagging at the far end, I'd add about 120 to replace it.",
            ),
            ("owner", "Go on then. When could you do it?"),
            (
                "roofer",
                "We're booked up until mid September. It's a two day job, but we need two dry days for the rubber, because the glue won't take in the wet.",
            ),
            ("owner", "Fair enough. Can you send it in writing?"),
            ("roofer", "I'll email it tonight."),
        ],
    },
    "q_viewing_thatched_cottage": {
        "turns": [
            (
                "agent",
                "Come in, come in. Mind your head on the beam, everyone does. So this is the sitting room, with the original inglenook fireplace.",
            ),
            ("buyer", "Oh, that's lovely. Does the fire work?"),
            (
                "agent",
                "It does, there's a wood burner in there, fitted in 2020 with a new liner. The vendors say they use it every evening in winter.",
            ),
            ("partner", "What's the heating otherwise? I didn't see any radiators."),
            (
                "agent",
                "It's oil fired, the tank's out by the shed. There's no mains gas in the village, I'm afraid.",
            ),
            ("partner", "Hmm. How much does that cost them a year?"),
            (
                "agent",
                "They told me about 1,400 on oil last year, but that's with the wood burner doing a lot of the work.",
            ),
            ("buyer", "And why are they selling?"),
            (
                "agent",
                "They're moving to be near their daughter in Bristol. They've found somewhere already, so no chain on their side.",
            ),
            (
                "buyer",
                "That's good. What's the asking price again? I've seen two different figures.",
            ),
            ("agent", "It went on at 435 thousand in April. It's now 415."),
            ("partner", "Why the reduction?"),
            (
                "agent",
                "Honestly, the survey on the first sale flagged the thatch. The roof's got about 5 years left, and the buyer pulled out. The new price reflects that.",
            ),
            ("buyer", "What would rethatching cost?"),
            (
                "agent",
                "The vendors had a quote for 38 thousand, from a thatcher in Devizes. I can send you a copy.",
            ),
            ("partner", "Please. And is it listed?"),
            ("agent", "Grade 2, yes. So any changes would need listed building consent."),
            ("buyer", "Can we see upstairs?"),
            (
                "agent",
                "Of course. Two doubles and a small single. The single would be a lovely study, it looks over the green.",
            ),
        ],
    },
    "q_viewing_city_flat": {
        "turns": [
            (
                "agent",
                "Welcome back. Second viewing, so you know the layout. Anything in particular you want to look at today?",
            ),
            (
                "buyer",
                "Yes, mainly the practical stuff. Last time I was too busy looking at the view. First, what's the lease length?",
            ),
            (
                "agent",
                "There are 94 years left. The freeholder has offered an extension, but the owner hasn't taken it up.",
            ),
            ("buyer", "My solicitor says anything under 90 gets expensive to extend."),
            (
                "agent",
                "That's right, and it's one reason the price is where it is. The owner would consider starting the extension process before completion, so it transfers to you.",
            ),
            ("buyer", "Okay. Service charge?"),
            (
                "agent",
                "2,100 a year, paid in two halves. That covers the lift, the cleaning and the building insurance.",
            ),
            ("buyer", "And ground rent?"),
            (
                "agent",
                "250 a year, and it's fixed. It doesn't double, which I know people worry about.",
            ),
            (
                "buyer",
                "Good. Is there any big work coming up? I saw scaffolding on the building next door.",
            ),
            (
                "agent",
                "That's a different block. For this one, the managing agent's minutes mention a lift replacement in 2026. There's a reserve fund of about 60 thousand, so it shouldn't mean a big bill.",
            ),
            ("buyer", "What about parking? The listing said allocated."),
            (
                "agent",
                "One space in the basement, number 17. Visitors have to use the street, and it's a permit zone.",
            ),
            ("buyer", "And the noise? The bar downstairs."),
            (
                "agent",
                "It closes at 11 during the week and midnight on weekends. The neighbours I've spoken to say you don't hear it above the second floor, and you're on the fifth.",
            ),
            ("buyer", "Right. I'd like to make an offer, but below asking."),
            ("agent", "Of course. What are you thinking?"),
            ("buyer", "280, given the lease."),
            (
                "agent",
                "I'll put it to them this afternoon. They had an offer of 275 last week that they turned down, so be ready for a counter.",
            ),
        ],
    },
}

QUESTIONS = [
    # q_architect_rear_extension
    (
        "How deep would the smaller version of the back extension be?",
        "q_architect_rear_extension",
        ["Option B is narrower"],
    ),
    (
        "What did the architect think the bigger extension layout would cost?",
        "q_architect_rear_extension",
        ["Option A I'd estimate"],
    ),
    (
        "How long do the neighbours get to raise objections under the notification route?",
        "q_architect_rear_extension",
        ["B fits under the"],
    ),
    (
        "Why did the couple choose the smaller design in the end?",
        "q_architect_rear_extension",
        ["Then B, honestly.", "We don't want a"],
    ),
    (
        "Which of the clients wanted a sloping roof on the extension, and why?",
        "q_architect_rear_extension",
        ["That was me.", "I just think flat"],
    ),
    (
        "What was the architect's main objection to a pitched roof on the extension?",
        "q_architect_rear_extension",
        ["The real reason I'd", "A pitched roof would"],
    ),
    (
        "How much would the wide glass sliding doors cost?",
        "q_architect_rear_extension",
        ["Sliding doors are lovely"],
    ),
    (
        "Why does the architect like sliders better than folding doors?",
        "q_architect_rear_extension",
        ["Bifolds are a bit"],
    ),
    (
        "Which engineering firm does the architect usually work with?",
        "q_architect_rear_extension",
        ["A firm called Hallam"],
    ),
    (
        "When will the client get the updated plans?",
        "q_architect_rear_extension",
        ["I'll redraw Option B"],
    ),
    # q_architect_loft_conversion
    (
        "How much headroom was there at the highest point of the attic?",
        "q_architect_loft_conversion",
        ["We measured 2.4 metres"],
    ),
    (
        "How much height disappears once the new floor structure goes in?",
        "q_architect_loft_conversion",
        ["But once we add"],
    ),
    (
        "What is the drawback of having two small dormers instead of one large one?",
        "q_architect_loft_conversion",
        ["Or a pair of"],
    ),
    (
        "Why did the architect favour the big dormer at the rear?",
        "q_architect_loft_conversion",
        ["No, only your neighbours", "That's why I'd go"],
    ),
    (
        "Will the client be able to keep the cupboard on the landing?",
        "q_architect_loft_conversion",
        ["You will lose it,", "The new staircase has"],
    ),
    (
        "What did the architect recommend doing about the boiler and hot water tank?",
        "q_architect_loft_conversion",
        ["I'd do the combi,"],
    ),
    (
        "What did the client's brother pay for his loft?",
        "q_architect_loft_conversion",
        ["My brother had his"],
    ),
    (
        "Why do loft conversions cost more now than they did a few years ago?",
        "q_architect_loft_conversion",
        ["Prices have gone up"],
    ),
    (
        "What fire safety measures does the loft need?",
        "q_architect_loft_conversion",
        ["Fire safety is the"],
    ),
    # q_site_meeting_foundations
    (
        "What did the builders find when they dug the trench?",
        "q_site_meeting_foundations",
        ["We dug down to"],
    ),
    (
        "What tree is growing near the new extension and how far off is it?",
        "q_site_meeting_foundations",
        ["There's an old willow"],
    ),
    (
        "How deep does the engineer want the footings to go?",
        "q_site_meeting_foundations",
        ["I'd want at least"],
    ),
    (
        "How much extra would the deeper concrete trench option cost?",
        "q_site_meeting_foundations",
        ["I've priced it at"],
    ),
    (
        "What's the price of the mini piling alternative?",
        "q_site_meeting_foundations",
        ["The other option is"],
    ),
    (
        "Why did the engineer favour the more expensive foundation option?",
        "q_site_meeting_foundations",
        ["Because with piles you're", "On this site, with"],
    ),
    (
        "Why would going with piles hold the job up?",
        "q_site_meeting_foundations",
        ["Piles would add a"],
    ),
    (
        "Why shouldn't the neighbour fell the tree?",
        "q_site_meeting_foundations",
        ["Removing a big tree"],
    ),
    (
        "What does the homeowner need to do on the day of the inspection?",
        "q_site_meeting_foundations",
        ["No, but it'd help"],
    ),
    # q_site_meeting_drainage
    (
        "What did the foreman find under the planned kitchen?",
        "q_site_meeting_drainage",
        ["It's a shared sewer.", "It runs right under"],
    ),
    (
        "Who is responsible for the drain they found?",
        "q_site_meeting_drainage",
        ["It serves you and"],
    ),
    (
        "How long does the water company normally take to agree to building over a drain?",
        "q_site_meeting_drainage",
        ["Usually that takes two"],
    ),
    (
        "What would it cost to reroute the drain around the extension?",
        "q_site_meeting_drainage",
        ["Then we'd have to"],
    ),
    (
        "How much are the new pipe and inspection chamber?",
        "q_site_meeting_drainage",
        ["About 2,800 for the"],
    ),
    (
        "Will the workers be idle while they wait for approval?",
        "q_site_meeting_drainage",
        ["No, we'll crack on"],
    ),
    (
        "Which neighbour was unhappy about the skip and why?",
        "q_site_meeting_drainage",
        ["Yeah, Mrs Okafor at"],
    ),
    ("How long can the skip stay on the road?", "q_site_meeting_drainage", ["The permit from the"]),
    (
        "What did the foreman tell his crew about music in the mornings?",
        "q_site_meeting_drainage",
        ["I've told the lads"],
    ),
    # q_planning_appeal_side_extension
    (
        "On what grounds did the council turn down the side extension?",
        "q_planning_appeal_side_extension",
        ["The council refused the"],
    ),
    (
        "How much space is there between the two houses at the moment?",
        "q_planning_appeal_side_extension",
        ["Just over 4 metres."],
    ),
    (
        "Why does the appellants' representative say the extension would not dominate?",
        "q_planning_appeal_side_extension",
        ["Our point is that"],
    ),
    (
        "Why was the council not satisfied by the upper floor being stepped back?",
        "q_planning_appeal_side_extension",
        ["We accept the set"],
    ),
    (
        "Which other houses in the road were given as examples of similar extensions?",
        "q_planning_appeal_side_extension",
        ["Can I add that"],
    ),
    (
        "Why did the council say the extension at number 40 was not comparable?",
        "q_planning_appeal_side_extension",
        ["Number 40 was approved"],
    ),
    (
        "What do the people next door think about the extension?",
        "q_planning_appeal_side_extension",
        ["The owners of number"],
    ),
    (
        "How soon will the inspector announce the outcome?",
        "q_planning_appeal_side_extension",
        ["I'll aim to issue"],
    ),
    # q_planning_appeal_garden_cabin
    (
        "How large was the cabin Priya wanted and who was it for?",
        "q_planning_appeal_garden_cabin",
        ["A timber cabin at"],
    ),
    (
        "Why didn't the council treat it as an ordinary garden room?",
        "q_planning_appeal_garden_cabin",
        ["But because it had"],
    ),
    (
        "What were the council's concerns when it rejected the cabin?",
        "q_planning_appeal_garden_cabin",
        ["They were worried it"],
    ),
    (
        "Who persuaded her that an appeal was worth trying?",
        "q_planning_appeal_garden_cabin",
        ["Honestly, a neighbour who's"],
    ),
    (
        "Do you have to pay a fee to appeal a householder refusal?",
        "q_planning_appeal_garden_cabin",
        ["For householder appeals, yes."],
    ),
    (
        "How much did she spend on someone to prepare her case?",
        "q_planning_appeal_garden_cabin",
        ["I paid a consultant"],
    ),
    (
        "How long did she wait for the appeal decision?",
        "q_planning_appeal_garden_cabin",
        ["The deadline to appeal"],
    ),
    (
        "How did the inspector handle the worry about it becoming a holiday let?",
        "q_planning_appeal_garden_cabin",
        ["The inspector said a", "So it can only"],
    ),
    (
        "What advice does she give to people thinking of appealing?",
        "q_planning_appeal_garden_cabin",
        ["Only if the refusal", "Get someone independent to", "And keep your statement"],
    ),
    # q_survey_victorian_terrace
    (
        "What problem did the surveyor find with the chimney in the terrace?",
        "q_survey_victorian_terrace",
        ["It's been removed downstairs,"],
    ),
    (
        "What paperwork should the buyer request about the chimney work?",
        "q_survey_victorian_terrace",
        ["Ask the seller's solicitor"],
    ),
    (
        "How high up the wall did the damp readings go?",
        "q_survey_victorian_terrace",
        ["My meter gave high"],
    ),
    (
        "What does the surveyor think is really causing the damp in the front room?",
        "q_survey_victorian_terrace",
        ["The outside ground level"],
    ),
    (
        "Does the buyer need the chemical damp proofing that was quoted?",
        "q_survey_victorian_terrace",
        ["I'd hold off on", "Lowering the patio by"],
    ),
    (
        "What would rewiring the Victorian house cost?",
        "q_survey_victorian_terrace",
        ["I'd get an electrician's"],
    ),
    (
        "How much should the buyer try to knock off the price?",
        "q_survey_victorian_terrace",
        ["Between the wiring and"],
    ),
    (
        "What state was the roof of the terrace in?",
        "q_survey_victorian_terrace",
        ["The roof, by the", "Slates are original but"],
    ),
    # q_survey_bungalow_cracks
    (
        "Where are the cracks in Martin's bungalow and how wide?",
        "q_survey_bungalow_cracks",
        ["The report says up"],
    ),
    (
        "Apart from subsidence, what else can cause cracks over windows?",
        "q_survey_bungalow_cracks",
        ["Often it's just the"],
    ),
    (
        "How can you tell if cracks are from subsidence?",
        "q_survey_bungalow_cracks",
        ["Subsidence cracks tend to"],
    ),
    (
        "What does a structural engineer charge to look at the cracks?",
        "q_survey_bungalow_cracks",
        ["It'll cost you around"],
    ),
    (
        "When does the seller of the bungalow want the sale finished?",
        "q_survey_bungalow_cracks",
        ["The seller wants to"],
    ),
    (
        "How can Martin avoid waiting months for crack monitoring?",
        "q_survey_bungalow_cracks",
        ["My advice is to"],
    ),
    (
        "Why does it matter if there has been an insurance claim before?",
        "q_survey_bungalow_cracks",
        ["Houses with a past"],
    ),
    (
        "Does the sagging felt under the bungalow roof need fixing straight away?",
        "q_survey_bungalow_cracks",
        ["That's typical at that"],
    ),
    (
        "What might replacing the bungalow roof cost?",
        "q_survey_bungalow_cracks",
        ["It's a cost for"],
    ),
    # q_kitchen_fitting_galley
    (
        "What was wrong with the corner wall in Ruth's kitchen?",
        "q_kitchen_fitting_galley",
        ["The wall's out of"],
    ),
    (
        "How will the fitter cover up the gap by the end panel?",
        "q_kitchen_fitting_galley",
        ["I'll put a filler"],
    ),
    (
        "Why are the stone worktops delayed?",
        "q_kitchen_fitting_galley",
        ["The quartz company rang,"],
    ),
    (
        "When does the fitter really expect the worktops to arrive?",
        "q_kitchen_fitting_galley",
        ["They said Thursday, but"],
    ),
    (
        "How will Ruth get running water downstairs in the meantime?",
        "q_kitchen_fitting_galley",
        ["I'll plumb in a"],
    ),
    (
        "Why can't the cooker hood vent through the side wall?",
        "q_kitchen_fitting_galley",
        ["The duct you wanted"],
    ),
    (
        "Why did the fitter advise against a hood with a charcoal filter?",
        "q_kitchen_fitting_galley",
        ["The recirculating ones don't"],
    ),
    (
        "What's the total extra cost for the extractor ducting?",
        "q_kitchen_fitting_galley",
        ["Call it 350 all"],
    ),
    (
        "What did the customer decide about the cupboard handles?",
        "q_kitchen_fitting_galley",
        ["We changed our minds,"],
    ),
    # q_kitchen_fitting_island
    (
        "How big is the island in the kitchen plan?",
        "q_kitchen_fitting_island",
        ["It's 2.4 metres long"],
    ),
    (
        "How much space should be left around a kitchen island?",
        "q_kitchen_fitting_island",
        ["You need at least"],
    ),
    (
        "How much room is there between the island and the cooker?",
        "q_kitchen_fitting_island",
        ["1.1 on the cooker"],
    ),
    (
        "What is the problem with putting the hob in the island?",
        "q_kitchen_fitting_island",
        ["You could, but then"],
    ),
    (
        "Why wouldn't the partner agree to lifting the floor?",
        "q_kitchen_fitting_island",
        ["We only laid it"],
    ),
    (
        "What did the designer suggest going in the island instead of the hob?",
        "q_kitchen_fitting_island",
        ["I'd put the sink"],
    ),
    (
        "How much are the cabinets and the appliances?",
        "q_kitchen_fitting_island",
        ["With the island, the"],
    ),
    (
        "How is the cost of installation worked out?",
        "q_kitchen_fitting_island",
        ["Fitting is quoted separately"],
    ),
    (
        "Which worktop materials does the designer recommend for the island and why?",
        "q_kitchen_fitting_island",
        ["Laminate would keep it"],
    ),
    (
        "When could the installation start if they order now?",
        "q_kitchen_fitting_island",
        ["Lead time on the"],
    ),
    # q_roofing_quote_slate
    (
        "How much was the roofer's price for stripping and reslating the house?",
        "q_roofing_quote_slate",
        ["Mine was 14,500 for"],
    ),
    ("What did the other roofing company quote?", "q_roofing_quote_slate", ["It was 9,800,"]),
    (
        "Why is this roofer's quote so much higher?",
        "q_roofing_quote_slate",
        ["I've priced Welsh slate,"],
    ),
    (
        "How long do Spanish and Welsh slates last?",
        "q_roofing_quote_slate",
        ["Not bad, good quality", "But Welsh will do"],
    ),
    ("How long will the reroofing job take?", "q_roofing_quote_slate", ["If the weather holds"]),
    (
        "What is actually causing the leak above the back bedroom?",
        "q_roofing_quote_slate",
        ["Honestly, your leak over"],
    ),
    (
        "How much would it be to only repair the chimney flashing?",
        "q_roofing_quote_slate",
        ["You could, for about"],
    ),
    (
        "Why isn't a flashing repair on its own a good idea?",
        "q_roofing_quote_slate",
        ["But a lot of", "You'd be patching every"],
    ),
    (
        "What guarantee comes with the slate roof work?",
        "q_roofing_quote_slate",
        ["Ten years on workmanship,"],
    ),
    # q_roofing_quote_flat_garage
    ("How old is the felt on the garage?", "q_roofing_quote_flat_garage", ["Yeah, this is old"]),
    (
        "Why did the roofer refuse to just patch the garage roof?",
        "q_roofing_quote_flat_garage",
        ["I could patch it,", "The deck underneath is"],
    ),
    (
        "What's the cheapest covering option and its price?",
        "q_roofing_quote_flat_garage",
        ["Torch on felt, which"],
    ),
    (
        "How much would a rubber membrane cost for the garage?",
        "q_roofing_quote_flat_garage",
        ["EPDM rubber, which is"],
    ),
    (
        "What would a fibreglass roof cost?",
        "q_roofing_quote_flat_garage",
        ["Or fibreglass, at about"],
    ),
    (
        "Why did the roofer not recommend what the neighbour chose?",
        "q_roofing_quote_flat_garage",
        ["It's good stuff, but"],
    ),
    (
        "Realistically, how long will the rubber roof last?",
        "q_roofing_quote_flat_garage",
        ["I'd say 30 to"],
    ),
    (
        "What is not covered by the garage roof quote?",
        "q_roofing_quote_flat_garage",
        ["What it doesn't include", "Yours is sagging at"],
    ),
    (
        "Why does the garage job need dry weather?",
        "q_roofing_quote_flat_garage",
        ["It's a two day"],
    ),
    # q_viewing_thatched_cottage
    (
        "When was the stove in the fireplace put in?",
        "q_viewing_thatched_cottage",
        ["It does, there's a"],
    ),
    (
        "How is the cottage heated apart from the fire?",
        "q_viewing_thatched_cottage",
        ["It's oil fired, the"],
    ),
    (
        "What do the current owners spend on fuel each year?",
        "q_viewing_thatched_cottage",
        ["They told me about"],
    ),
    ("Why are the vendors moving?", "q_viewing_thatched_cottage", ["They're moving to be"]),
    ("What was the cottage first listed at?", "q_viewing_thatched_cottage", ["It went on at"]),
    (
        "Why has the price of the cottage come down?",
        "q_viewing_thatched_cottage",
        ["Honestly, the survey on", "The roof's got about"],
    ),
    ("How much would a new thatch cost?", "q_viewing_thatched_cottage", ["The vendors had a"]),
    ("Is the cottage a listed building?", "q_viewing_thatched_cottage", ["Grade 2, yes."]),
    (
        "What bedrooms are there upstairs in the cottage?",
        "q_viewing_thatched_cottage",
        ["Two doubles and a"],
    ),
    # q_viewing_city_flat
    ("How long is left on the flat's lease?", "q_viewing_city_flat", ["There are 94 years"]),
    (
        "What did the buyer's solicitor warn about short leases?",
        "q_viewing_city_flat",
        ["My solicitor says anything"],
    ),
    (
        "What is the yearly service charge on the flat?",
        "q_viewing_city_flat",
        ["2,100 a year, paid"],
    ),
    ("Will the ground rent go up over time?", "q_viewing_city_flat", ["250 a year, and"]),
    ("Is any major work planned for the block?", "q_viewing_city_flat", ["For this one, the"]),
    ("Where would the buyer park?", "q_viewing_city_flat", ["One space in the"]),
    ("What time does the bar below the flat shut?", "q_viewing_city_flat", ["It closes at 11"]),
    (
        "How much did the buyer offer for the flat?",
        "q_viewing_city_flat",
        ["280, given the lease."],
    ),
    ("What earlier offer did the sellers reject?", "q_viewing_city_flat", ["They had an offer"]),
]
