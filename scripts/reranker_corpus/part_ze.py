"""Company operations conversations (launches, pitches, supply chain, research, office moves, app review, warehouse robots)  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "ze_launch_kettle": {
        "turns": [
            (
                "chair",
                "Okay, let's start. This is the launch readiness meeting for the Brewline kettle, and the one question today is whether we keep the launch on the 14th of March. Priya, marketing first?",
            ),
            (
                "marketing",
                "Sure. The press kit is done and we have 12 reviewers with samples already. The embargo lifts at 9 in the morning on launch day.",
            ),
            ("chair", "And the price? Last time we argued about it."),
            (
                "marketing",
                "We settled on £89. Finance wanted £99, but the survey showed people stopped clicking above 90.",
            ),
            ("chair", "Fine. Tom, engineering?"),
            (
                "engineering",
                "The hardware is fine. The problem is the app pairing. About 1 in 20 kettles fails to pair on the first try with older Android phones.",
            ),
            ("chair", "One in twenty is a lot."),
            (
                "engineering",
                "It is. We have a firmware fix, but it needs another two weeks of testing before we ship it.",
            ),
            ("ops", "Can we ship with the old firmware and update over the air later?"),
            (
                "engineering",
                "We could. I'd rather not, because the first reviews will be written by people who hit that bug.",
            ),
            ("chair", "Sana, what does that mean for stock?"),
            (
                "ops",
                "We have 4,000 units in the warehouse in Leicester. Another 6,000 arrive by sea on the 2nd of March. If we push the date, storage costs us roughly £1,200 a week.",
            ),
            ("chair", "That's manageable."),
            (
                "marketing",
                "The bigger cost is the retailer slot. Harlow's gave us an end of aisle display for the week of the 14th only.",
            ),
            ("chair", "Can they move it?"),
            ("marketing", "I asked. The earliest alternative is the 4th of April."),
            (
                "chair",
                "Right. So we launch online on the 14th with a pairing guide, and the firmware fix goes out before the stores get stock?",
            ),
            (
                "engineering",
                "That works for me, as long as support has a script for the pairing issue.",
            ),
            (
                "chair",
                "Agreed. Sana, send the store stock with the new firmware. Let's meet again on the 1st.",
            ),
        ],
    },
    "ze_launch_meal_app": {
        "turns": [
            (
                "lead",
                "Thanks for joining. We're here to decide whether Forkcast version 2 goes live next Tuesday, the 9th, or whether we slip it.",
            ),
            (
                "growth",
                "From my side, everything points to Tuesday. The waiting list has 31,000 sign-ups, and the launch email is scheduled.",
            ),
            ("lead", "How many did we expect?"),
            ("growth", "The target was 20,000, so we're well ahead."),
            (
                "design",
                "That's great, but onboarding still isn't right. In the last usability round, 7 of 10 testers got stuck on the allergy screen.",
            ),
            ("lead", "Stuck how?"),
            (
                "design",
                "They thought they had to fill in every allergy before continuing. Most just closed the app.",
            ),
            ("growth", "Can we make that screen optional?"),
            (
                "design",
                "That's the quick fix, and we can do it in two days. The proper redesign takes about three weeks.",
            ),
            ("lead", "What about the payments side? Last week the subscription test failed."),
            (
                "growth",
                "That's fixed. The annual plan is £36 and the monthly one is £4.99, and both went through in the sandbox yesterday.",
            ),
            (
                "lead",
                "Good. My worry is the email. If we send it to 31,000 people and they all hit the allergy screen, we burn the list.",
            ),
            (
                "growth",
                "Then we could send it in waves. 5,000 on Tuesday, and the rest once the numbers look healthy.",
            ),
            ("design", "I'd still prefer to wait the three weeks."),
            (
                "lead",
                "I hear you, Mei. But a three-week slip takes us past the New Year, and that's exactly when people start planning meals.",
            ),
            ("design", "Fair point."),
            (
                "lead",
                "So, decision. We launch on Tuesday with the allergy screen optional, the email goes out in waves, and the full redesign ships in version 2.1.",
            ),
            ("growth", "I'll rework the email schedule today."),
        ],
    },
    "ze_pitch_seed_refill": {
        "turns": [
            (
                "advisor",
                "Okay, Dana, pretend I'm a partner at a fund and you have ten minutes. Go.",
            ),
            (
                "founder",
                "Hi, I'm Dana, and Refillo delivers cleaning products to offices in refillable steel drums. Offices throw away about 400 plastic bottles a year per floor, and we replace all of them.",
            ),
            ("advisor", "Stop there. Where did the 400 come from?"),
            ("founder", "From our own audit of 15 client floors in Bristol."),
            (
                "advisor",
                "Say that, then. Investors trust your own data more than a vague industry figure. Carry on.",
            ),
            (
                "founder",
                "We have 38 paying customers and monthly revenue of £22,000, growing about 11% a month since June.",
            ),
            ("advisor", "Good. What are you raising?"),
            (
                "founder",
                "We're raising £750,000 on a seed round, which gives us 18 months of runway.",
            ),
            ("advisor", "And what does it go on?"),
            (
                "founder",
                "Mostly two delivery vans and a second refill station in Cardiff. The rest is hiring a sales lead.",
            ),
            (
                "advisor",
                "Okay. Here's my honest take. Your slide on competitors is too long. You list nine companies, and no one will remember any of them.",
            ),
            ("founder", "So cut it to three?"),
            (
                "advisor",
                "Cut it to a simple two by two chart, and put yourselves in the corner nobody else is in.",
            ),
            ("founder", "Got it. What about the ending?"),
            (
                "advisor",
                "You finished on the team slide. End on the ask instead, with the number large on the screen. Then stop talking.",
            ),
            ("founder", "That feels abrupt."),
            (
                "advisor",
                "It is abrupt, and that's the point. The silence makes them ask questions, and questions are where you win the meeting.",
            ),
            ("founder", "Okay. One more run on Thursday?"),
            ("advisor", "Thursday at 4 works. And time yourself, you ran about two minutes over."),
        ],
    },
    "ze_pitch_series_a_driving": {
        "turns": [
            (
                "coach",
                "Right, this is the dress rehearsal for the Series A pitch on Monday. I'll play the investor and I'll interrupt, because they will. Maya, start.",
            ),
            (
                "ceo",
                "LaneSlot is booking software for driving schools. Instructors lose about six hours a week to texts and cancelled lessons, and we give that time back.",
            ),
            ("coach", "How many schools use it?"),
            ("ceo", "410 schools across the UK, and 2,300 instructors."),
            ("coach", "And revenue?"),
            ("ceo", "Annual recurring revenue is 1.4 million pounds."),
            ("coach", "Last rehearsal you said 1.6."),
            (
                "ceo",
                "That included a contract that hasn't signed yet. Our finance lead told us to take it out.",
            ),
            (
                "coach",
                "Good call. An investor who finds that later will stop trusting everything else. What are you raising?",
            ),
            ("ceo", "Six million, to expand into Ireland and the Netherlands."),
            ("coach", "Why the Netherlands? That question will come."),
            (
                "cto",
                "Can I take that one? Dutch driving tests are booked through a central system with an open interface, so we can connect to it in weeks rather than months.",
            ),
            ("coach", "That's a strong answer. Put it on a slide. Now, the churn number."),
            ("ceo", "Monthly churn is 1.8%."),
            (
                "coach",
                "Say it without apologising. Last time you said unfortunately before it, and 1.8 is fine for this market.",
            ),
            ("cto", "What about the demo? It crashed on Wednesday."),
            (
                "coach",
                "Don't do it live. Record a ninety second video and play that. A live demo is a risk with no upside in a first meeting.",
            ),
            ("ceo", "Okay. Anything else?"),
            (
                "coach",
                "Yes, you both talk at once during questions. Decide now who answers what. Product goes to Sam, money goes to Maya.",
            ),
        ],
    },
    "ze_supply_chip_shortage": {
        "turns": [
            (
                "host",
                "Welcome back to Factory Floor. My guest today runs operations at Voltpath, a small e-bike maker in Sheffield, and last year they nearly ran out of one tiny part. Ruth, what happened?",
            ),
            (
                "guest",
                "Thanks for having me. The part was the microcontroller in our motor controller. It costs about £3, and without it a £2,000 bike can't leave the building.",
            ),
            ("host", "When did you notice?"),
            (
                "guest",
                "In August 2022. Our supplier emailed to say the lead time had gone from 12 weeks to 52.",
            ),
            ("host", "Fifty-two weeks!"),
            (
                "guest",
                "A full year. And we had about 900 chips in stock, which is roughly ten weeks of production.",
            ),
            ("host", "So what did you try first?"),
            (
                "guest",
                "First we went to brokers. They had chips, but at £40 each, and two batches turned out to be fakes.",
            ),
            ("host", "How did you find out they were fake?"),
            (
                "guest",
                "Our test rig flagged them. The markings looked right, but the chips ran hot and reset under load.",
            ),
            ("host", "That's frightening. What did you do in the end?"),
            (
                "guest",
                "We redesigned the board around a different chip that was easy to get. It took our two engineers about four months.",
            ),
            ("host", "And meanwhile?"),
            (
                "guest",
                "Meanwhile we built only the premium model, because its margin could absorb broker prices. The cheaper commuter bike was paused from October to February.",
            ),
            ("host", "Looking back, would you do anything differently?"),
            (
                "guest",
                "I'd design every board with a second approved chip from day one. It costs a bit more in engineering, but it's cheap insurance.",
            ),
            ("host", "Good advice. Ruth, thank you."),
        ],
    },
    "ze_supply_port_backlog": {
        "turns": [
            (
                "buyer",
                "Thanks for getting on the call, Gareth. Our planner Lena is here too. Where are our containers?",
            ),
            (
                "forwarder",
                "The three containers of foam and frame parts are still on the ship outside Felixstowe. There's a backlog of about 40 vessels waiting for a berth.",
            ),
            ("planner", "When did they expect to berth originally?"),
            (
                "forwarder",
                "The original date was the 3rd. The current estimate is the 17th, but I wouldn't bet on it.",
            ),
            ("buyer", "Why not?"),
            (
                "forwarder",
                "Because the estimate has moved three times this month already. Every storm in the Channel pushes the queue back.",
            ),
            (
                "planner",
                "Then I need to know what we can build. We have foam for about six days of sofas.",
            ),
            ("buyer", "Can we fly some in?"),
            (
                "forwarder",
                "You could air freight the foam, but it's bulky. For one container's worth, you're looking at around £28,000, compared with £3,500 by sea.",
            ),
            ("buyer", "That's ridiculous."),
            (
                "forwarder",
                "It is. The other option is to reroute. I can have the next load go to Liverpool instead and truck it down. That adds about five days but avoids the queue.",
            ),
            ("planner", "Five days on top of which date?"),
            ("forwarder", "On top of its sailing date, so it would reach you around the 24th."),
            ("buyer", "What about a local supplier for foam? Lena, didn't you get a quote?"),
            (
                "planner",
                "From a firm in Rochdale, yes. They can do two weeks' worth at 18% more than our usual price.",
            ),
            ("buyer", "Eighteen percent is painful but nothing like flying it."),
            (
                "planner",
                "Agreed. I'd take the Rochdale foam for the fabric sofas and keep the leather line waiting.",
            ),
            ("buyer", "Why the leather line?"),
            (
                "planner",
                "Those orders have a ten week delivery promise, so customers won't notice a short delay.",
            ),
            (
                "buyer",
                "Okay, do it. Gareth, reroute the next shipment to Liverpool, and send me daily updates on the ship.",
            ),
        ],
    },
    "ze_research_card_reader": {
        "turns": [
            (
                "researcher",
                "Thanks for making time, Joe. As I said in the email, this is a research interview, not a sales call. I just want to understand why you moved away from our card reader. Can you tell me about the café first?",
            ),
            (
                "customer",
                "Sure. It's a small place in Leeds, twenty seats, and we've been open since 2019. Me and two part-timers.",
            ),
            ("researcher", "And how long did you use our reader?"),
            ("customer", "About three years. It was fine until last winter."),
            ("researcher", "What changed?"),
            (
                "customer",
                "The reader kept dropping the Bluetooth connection at lunchtime, right when the queue was longest. Some days it happened five or six times.",
            ),
            ("researcher", "What did you do when that happened?"),
            (
                "customer",
                "I'd restart the app, and people would stand there waiting. A couple of regulars just started paying cash, or went next door.",
            ),
            ("researcher", "Did you contact support?"),
            (
                "customer",
                "Twice. The first time they told me to update the app, which I had already done. The second time I waited 40 minutes on the chat and gave up.",
            ),
            ("researcher", "I'm sorry. Was it the connection problem alone that made you switch?"),
            (
                "customer",
                "Mostly. The fees mattered a bit too. You charge 1.75% and the new one charges 1.69%, but honestly, for a shop my size that's about £8 a month.",
            ),
            ("researcher", "So it wasn't really about price."),
            ("customer", "No. If the reader had just worked, I'd never have looked."),
            ("researcher", "What would bring you back?"),
            (
                "customer",
                "A reader with its own SIM, so it doesn't depend on my phone. And a phone number for support, with a real person.",
            ),
            (
                "researcher",
                "That's really useful. One last thing, how did you hear about the new provider?",
            ),
            (
                "customer",
                "The bakery across the road uses it. I watched their queue move faster than mine for a month.",
            ),
        ],
    },
    "ze_research_book_box": {
        "turns": [
            (
                "researcher",
                "Hi Amira, thanks for joining. My colleague Ben is taking notes and might ask a question at the end. We're talking to families who cancelled Little Shelf, so nothing you say will offend us.",
            ),
            ("parent", "Good, because I have opinions."),
            ("researcher", "Perfect. How did you first sign up?"),
            (
                "parent",
                "A friend gave us a three month gift subscription when my son turned five. After that I paid myself, £14.50 a month.",
            ),
            ("researcher", "And what did you like early on?"),
            (
                "parent",
                "Honestly, the unboxing. Two books arrived every month with a sticker and a little activity card, and he waited by the door for the postman.",
            ),
            ("researcher", "When did that start to change?"),
            (
                "parent",
                "Around month eight. We started getting books he already had. Three in one autumn, actually.",
            ),
            ("researcher", "Did you tell us which books you owned?"),
            (
                "parent",
                "There was a form at sign-up, but it only let me list ten titles. We have about two hundred.",
            ),
            ("researcher", "Right."),
            (
                "parent",
                "The other thing was the reading level. He was reading chapter books by six, and the box still sent picture books.",
            ),
            ("researcher", "Did you try changing the age setting?"),
            (
                "parent",
                "I did, and then the next box had a book for twelve year olds about exam stress. So I changed it back.",
            ),
            (
                "observer",
                "Sorry, can I ask one thing? If you could keep just one feature, which would it be?",
            ),
            (
                "parent",
                "The activity cards. He still keeps them in a shoebox. I'd pay for those on their own, maybe £4 a month.",
            ),
            ("researcher", "That's a surprising answer. Where do you buy books now?"),
            (
                "parent",
                "The library, mostly, plus a second-hand shop on Saturdays. It's free and he picks them himself, which he prefers.",
            ),
            ("researcher", "Thank you, that's been really helpful."),
        ],
    },
    "ze_office_move_mill": {
        "turns": [
            (
                "manager",
                "Okay, the move to the Riverside Mill building is seven weeks away, so let's go through the open issues. Kofi, the lease first.",
            ),
            (
                "facilities",
                "Signed last Friday. It's a five-year lease at £31 per square foot, with a break clause after three years.",
            ),
            ("manager", "The agent first asked for 34, didn't they?"),
            (
                "facilities",
                "They did, and we got it down by agreeing to pay for the kitchen fit-out ourselves.",
            ),
            ("manager", "And the internet? That's what worries me most."),
            (
                "facilities",
                "The fibre line is ordered, but the provider's date is the 20th of May, and we move on the 12th.",
            ),
            ("rep", "So eight days without internet?"),
            (
                "facilities",
                "Not quite. We've hired a 4G router as a backup for those days. It'll be slow, but email and calls will work.",
            ),
            ("manager", "Fine. Hannah, what are people saying?"),
            (
                "rep",
                "Mostly two things. Parking, and the desks. There are only 22 parking spaces for 35 people.",
            ),
            ("manager", "What did we decide on parking?"),
            (
                "facilities",
                "Spaces go first to people with caring duties or disabilities, then by lottery each quarter.",
            ),
            (
                "rep",
                "People accept that. The desk thing is bigger. The plan says hot desking, and the designers are upset because their screens are calibrated.",
            ),
            ("manager", "That's a fair point. How many designers?"),
            ("rep", "Eleven."),
            (
                "manager",
                "Then the designers get fixed desks by the north windows, and everyone else hot desks. Kofi, can the layout handle that?",
            ),
            (
                "facilities",
                "Yes, I'll redo the plan this week. The north side gets the steadiest light anyway.",
            ),
            ("manager", "Great. Last thing, the move itself."),
            (
                "facilities",
                "Movers come on Friday the 10th at 3. Everyone packs their own desk into two crates by lunchtime.",
            ),
        ],
    },
    "ze_office_move_coworking": {
        "turns": [
            (
                "host",
                "On today's episode of Workplace Notes, we talk to Imogen, who moved her company of 120 people out of a headquarters and into a coworking space. Imogen, why?",
            ),
            (
                "guest",
                "The old lease in Manchester ended in 2023, and after the pandemic the office was about a third full on a good day. We were paying for 140 desks and using maybe 45.",
            ),
            ("host", "So the coworking space was a cost decision."),
            (
                "guest",
                "Partly. We cut property costs from about 900,000 a year to 380,000. But we also wanted a better place for the days people actually came in.",
            ),
            ("host", "What went well?"),
            (
                "guest",
                "The meeting rooms, definitely. We used to fight over four rooms, and now we can book from about thirty across the building.",
            ),
            ("host", "And what went badly?"),
            (
                "guest",
                "Noise, first of all. Our sales team is loud, and the start-up next to us complained within a week.",
            ),
            ("host", "What did you do?"),
            (
                "guest",
                "We moved sales to a private suite on the second floor. It cost an extra £2,000 a month, which we hadn't budgeted.",
            ),
            ("host", "Ouch."),
            (
                "guest",
                "The other surprise was storage. We'd had a basement full of archives, and the coworking space had nowhere for them.",
            ),
            ("host", "Where did they go?"),
            (
                "guest",
                "Half were scanned and shredded, and the rest went to a storage unit in Salford.",
            ),
            ("host", "Did people like the change overall?"),
            (
                "guest",
                "We surveyed everyone after six months. 71% said they preferred it, mostly because of the coffee and the location near the station. The finance team hated it.",
            ),
            ("host", "Why finance?"),
            (
                "guest",
                "They like quiet and the same desk every day, and neither of those exists in a coworking space.",
            ),
            ("host", "Would you do it again?"),
            (
                "guest",
                "Yes, but I'd book a private suite for the loud teams from the start, and I'd sort storage three months before moving, not three weeks.",
            ),
        ],
    },
    "ze_appstore_payments": {
        "turns": [
            ("pm", "Bad news first. Apple rejected version 3.0 of Lingo Loop last night."),
            ("ceo", "Again? What is it this time?"),
            (
                "pm",
                "It's guideline 3.1.1, about payments. The reviewer says the button that takes people to our website to buy lesson packs counts as steering users away from in-app purchase.",
            ),
            ("ceo", "But that button has been there for a year."),
            (
                "dev",
                "It has, but we changed the wording. It used to say learn more, and now it says save 30% on our website.",
            ),
            ("ceo", "Ah. That was my idea, wasn't it."),
            ("dev", "It was, yes."),
            (
                "pm",
                "So we have two options. Remove the button and the discount text, or sell the lesson packs through in-app purchase and give Apple its cut.",
            ),
            ("ceo", "What's the cut for us?"),
            ("pm", "We're in the small business programme, so 15% rather than 30."),
            ("ceo", "And how much of our revenue comes from that button?"),
            ("pm", "About a fifth of iPhone sales. Roughly £6,000 a month."),
            (
                "dev",
                "I'd remove the text for now. That's a one-line change and we can resubmit today. Adding in-app purchase for packs is two weeks of work.",
            ),
            ("ceo", "Can we appeal instead?"),
            (
                "pm",
                "We could, but appeals take a week or more, and the reviewer's reading is correct under the rules as they stand.",
            ),
            (
                "ceo",
                "Fine. Pull the text, resubmit today. And Nadia, start scoping the in-app purchase version for next quarter.",
            ),
            (
                "dev",
                "Will do. Also, the review notes mention our screenshots show an old price. I'll fix those too, or they'll reject us a second time.",
            ),
            ("pm", "Good catch. I'll update the release notes so the reviewer sees what changed."),
        ],
    },
    "ze_appstore_privacy": {
        "turns": [
            (
                "host",
                "My guest today is Callum, who makes ParkPal, a parking app, and who spent most of March fighting app review. Callum, what happened?",
            ),
            (
                "guest",
                "We submitted version 2 with a new feature that reminds you where you parked. Apple rejected it within a day.",
            ),
            ("host", "On what grounds?"),
            (
                "guest",
                "Two things. First, we asked for location access all the time, and the reviewer said the app didn't explain why it needed it in the background.",
            ),
            ("host", "Did it need it?"),
            (
                "guest",
                "Honestly, no. We only need location when you park. I'd asked for always because it was easier to code.",
            ),
            ("host", "And the second thing?"),
            (
                "guest",
                "Account deletion. Since 2022, if an app lets you create an account, it has to let you delete it inside the app. We only had an email address you could write to.",
            ),
            ("host", "How long did the fixes take?"),
            (
                "guest",
                "Location was a day. Deletion took almost two weeks, because our payment records had to be kept for six years for tax, so we couldn't just wipe everything.",
            ),
            ("host", "How did you solve that?"),
            (
                "guest",
                "We delete the profile and the parking history, and keep only the invoices, with the name replaced by a number.",
            ),
            ("host", "And then it was approved?"),
            (
                "guest",
                "No! The second submission was rejected because the reviewer couldn't log in. Our demo account had expired.",
            ),
            ("host", "Oh no."),
            (
                "guest",
                "Yes. That one was pure embarrassment. Third time, it went through in about nine hours.",
            ),
            ("host", "What did the whole thing cost you?"),
            (
                "guest",
                "We missed the Easter holidays, which is our busiest fortnight. I'd guess around 3,000 downloads.",
            ),
            ("host", "Any advice for listeners?"),
            (
                "guest",
                "Read the review guidelines before you design a feature, not after. And give the reviewer a demo account that never expires.",
            ),
        ],
    },
    "ze_robots_pilot_review": {
        "turns": [
            (
                "director",
                "Let's review the robot pilot at the Northampton site. It's been running for twelve weeks. Jess, the headline numbers?",
            ),
            (
                "analyst",
                "Picks per hour went from 95 per person to 240 in the robot zone. The target in the business case was 200.",
            ),
            ("director", "That's better than I expected. Any catch?"),
            (
                "analyst",
                "Two. Error rates were slightly higher in the first month, 0.4% against our normal 0.2%. By week eight they were back to normal.",
            ),
            ("director", "And the second?"),
            (
                "analyst",
                "Downtime. The robots were unavailable for about 6% of shift hours, mostly because of charging queues at peak.",
            ),
            (
                "site_manager",
                "That's the part my team noticed. At 4 in the afternoon, half the fleet goes to charge at once and the pickers stand around.",
            ),
            ("director", "Can we fix that with more chargers?"),
            (
                "site_manager",
                "The vendor suggested four more chargers at £9,000 each. I think smarter scheduling would do it for free. Stagger the charging so it starts at 2.",
            ),
            ("analyst", "I modelled that. Staggering cuts the downtime to about 2%."),
            ("director", "Then we try scheduling first. How do the staff feel?"),
            (
                "site_manager",
                "Better than I feared. Walking dropped from around 18 kilometres a shift to 5, and people like that. The worry is jobs.",
            ),
            ("director", "What have we told them?"),
            (
                "site_manager",
                "That nobody loses their job in the pilot, which is true. We've moved six pickers into robot supervisor roles.",
            ),
            ("director", "Good. The board will ask about cost. What's the payback?"),
            (
                "analyst",
                "With 60 robots leased at £1,100 a month each, payback on the whole site is about 26 months.",
            ),
            ("director", "And if we bought them outright?"),
            ("analyst", "About 19 months, but we'd carry the risk if the vendor goes under."),
            ("director", "Leasing, then. I'll recommend rolling out to Daventry next spring."),
        ],
    },
    "ze_robots_grocery_incident": {
        "turns": [
            (
                "host",
                "This is Logistics Talk. My guest, Darren, has worked nights at a grocery warehouse near Coventry for eleven years, and two years ago his site brought in autonomous robots. Darren, what kind?",
            ),
            (
                "guest",
                "Two kinds. Shelf-lifting robots that bring racks to the pickers, about 80 of them, and a few bigger autonomous forklifts in the cold store.",
            ),
            ("host", "What was the first month like?"),
            (
                "guest",
                "Chaotic. The floor had to be repainted with QR markers, and during the changeover we ran at about half capacity for ten days.",
            ),
            ("host", "There was an incident, wasn't there?"),
            (
                "guest",
                "Yes, in the second month. One of the forklifts clipped a pallet that a colleague was standing next to. Nobody was hurt, thankfully, but the pallet fell.",
            ),
            ("host", "What caused it?"),
            (
                "guest",
                "The investigation found the forklift's sensor had frost on it. It had come out of the freezer at minus 22 into a warm loading bay.",
            ),
            ("host", "So it couldn't see properly."),
            ("guest", "Exactly."),
            ("host", "What changed afterwards?"),
            (
                "guest",
                "Two things. The forklifts now wait for 90 seconds in a heated lane before leaving the cold store. And people can't enter the forklift zone without a tag that stops every machine within five metres.",
            ),
            ("host", "Did that slow things down?"),
            (
                "guest",
                "A little. But everyone trusts the robots more now, and honestly trust was the bigger problem.",
            ),
            ("host", "How did people feel about the robots before the incident?"),
            (
                "guest",
                "Mixed. The younger staff liked them. Some older colleagues called them the Daleks and refused to work near them at first.",
            ),
            ("host", "And now?"),
            (
                "guest",
                "Most of the complaints have stopped. What people miss is talking. You used to walk the aisles with someone, and now you stand at a station for hours.",
            ),
            ("host", "Has the company done anything about that?"),
            (
                "guest",
                "They rotate us between stations every two hours, which was the union's suggestion. It helps a bit.",
            ),
        ],
    },
}

QUESTIONS = [
    # ze_launch_kettle
    (
        "What retail price did they pick for the smart kettle?",
        "ze_launch_kettle",
        ["We settled on £89."],
    ),
    (
        "Why didn't the kettle team go with the higher price that finance wanted?",
        "ze_launch_kettle",
        ["Finance wanted £99, but"],
    ),
    (
        "How often does the Brewline kettle fail to connect to a phone?",
        "ze_launch_kettle",
        ["About 1 in 20"],
    ),
    (
        "How much more testing does the kettle's firmware fix need?",
        "ze_launch_kettle",
        ["We have a firmware fix"],
    ),
    (
        "Why was the engineer against shipping the kettle and updating it over the air afterwards?",
        "ze_launch_kettle",
        ["I'd rather not, because"],
    ),
    (
        "What would postponing the kettle launch cost in storage?",
        "ze_launch_kettle",
        ["If we push the date"],
    ),
    (
        "When does the next batch of kettles come in?",
        "ze_launch_kettle",
        ["Another 6,000 arrive by"],
    ),
    (
        "If the department store display couldn't happen in March, when was the next possible slot?",
        "ze_launch_kettle",
        ["The earliest alternative is"],
    ),
    (
        "What did the meeting finally decide about the kettle launch?",
        "ze_launch_kettle",
        ["So we launch online"],
    ),
    # ze_launch_meal_app
    (
        "How many people were on the waiting list for the meal planning app?",
        "ze_launch_meal_app",
        ["The waiting list has"],
    ),
    (
        "What sign-up number had the Forkcast team been aiming for?",
        "ze_launch_meal_app",
        ["The target was 20,000,"],
    ),
    (
        "How many testers got stuck during onboarding in the usability test?",
        "ze_launch_meal_app",
        ["In the last usability"],
    ),
    (
        "What confused people about the allergy step?",
        "ze_launch_meal_app",
        ["They thought they had"],
    ),
    ("How much is a yearly Forkcast subscription?", "ze_launch_meal_app", ["The annual plan is"]),
    (
        "How long would a proper rework of the onboarding take?",
        "ze_launch_meal_app",
        ["The proper redesign takes"],
    ),
    (
        "Why didn't the lead want to push the app launch back three weeks?",
        "ze_launch_meal_app",
        ["But a three-week slip"],
    ),
    (
        "How was the launch email going to go out to the waiting list?",
        "ze_launch_meal_app",
        ["Then we could send", "5,000 on Tuesday, and"],
    ),
    (
        "Which team member wanted to delay the meal app launch?",
        "ze_launch_meal_app",
        ["I'd still prefer to"],
    ),
    # ze_pitch_seed_refill
    (
        "Where did the refill startup get its number for plastic bottles thrown away?",
        "ze_pitch_seed_refill",
        ["From our own audit"],
    ),
    (
        "How many customers is Refillo getting paid by?",
        "ze_pitch_seed_refill",
        ["We have 38 paying"],
    ),
    (
        "How much is the office cleaning refill company trying to raise?",
        "ze_pitch_seed_refill",
        ["We're raising £750,000 on"],
    ),
    (
        "What will Refillo spend its seed money on?",
        "ze_pitch_seed_refill",
        ["Mostly two delivery vans"],
    ),
    (
        "What was the advisor's problem with the slide about rival companies?",
        "ze_pitch_seed_refill",
        ["Your slide on competitors", "You list nine companies,"],
    ),
    (
        "How did the advisor suggest redoing the competitor slide?",
        "ze_pitch_seed_refill",
        ["Cut it to a"],
    ),
    (
        "Why should Dana finish her pitch so suddenly?",
        "ze_pitch_seed_refill",
        ["The silence makes them"],
    ),
    (
        "By how much did the refill founder go over time?",
        "ze_pitch_seed_refill",
        ["And time yourself, you"],
    ),
    (
        "Why did the advisor tell Dana to mention where the bottle figure came from?",
        "ze_pitch_seed_refill",
        ["Investors trust your own"],
    ),
    # ze_pitch_series_a_driving
    (
        "How much time do driving instructors lose every week, according to the pitch?",
        "ze_pitch_series_a_driving",
        ["Instructors lose about six"],
    ),
    (
        "How many driving schools are customers of LaneSlot?",
        "ze_pitch_series_a_driving",
        ["410 schools across the"],
    ),
    (
        "Why is the recurring revenue figure lower than in the previous rehearsal?",
        "ze_pitch_series_a_driving",
        ["That included a contract"],
    ),
    (
        "How much is the driving school software company raising?",
        "ze_pitch_series_a_driving",
        ["Six million, to expand"],
    ),
    (
        "Why does LaneSlot want to expand to the Netherlands?",
        "ze_pitch_series_a_driving",
        ["Dutch driving tests are"],
    ),
    (
        "What did the coach criticise about the way Maya gave the churn figure?",
        "ze_pitch_series_a_driving",
        ["Say it without apologising.", "Last time you said"],
    ),
    (
        "What should the founders show instead of demoing the product live?",
        "ze_pitch_series_a_driving",
        ["Record a ninety second"],
    ),
    (
        "How should the two founders divide the investor questions?",
        "ze_pitch_series_a_driving",
        ["Product goes to Sam,"],
    ),
    (
        "What percentage of customers does LaneSlot lose each month?",
        "ze_pitch_series_a_driving",
        ["Monthly churn is 1.8%."],
    ),
    # ze_supply_chip_shortage
    (
        "How cheap is the chip that held up the e-bike production?",
        "ze_supply_chip_shortage",
        ["It costs about £3,"],
    ),
    (
        "When did Voltpath find out about the chip problem?",
        "ze_supply_chip_shortage",
        ["In August 2022."],
    ),
    (
        "How long did the supplier say deliveries of the microcontroller would now take?",
        "ze_supply_chip_shortage",
        ["Our supplier emailed to"],
    ),
    (
        "How long would the chips they had in stock last?",
        "ze_supply_chip_shortage",
        ["And we had about"],
    ),
    (
        "What went wrong with buying the chips through brokers?",
        "ze_supply_chip_shortage",
        ["They had chips, but"],
    ),
    (
        "How did they discover the counterfeit chips?",
        "ze_supply_chip_shortage",
        ["Our test rig flagged", "The markings looked right,"],
    ),
    (
        "How long did the engineers take to redesign the controller board?",
        "ze_supply_chip_shortage",
        ["It took our two"],
    ),
    (
        "Why did the e-bike maker keep making only its premium model?",
        "ze_supply_chip_shortage",
        ["Meanwhile we built only"],
    ),
    (
        "What would Ruth do differently next time to avoid a chip shortage?",
        "ze_supply_chip_shortage",
        ["I'd design every board"],
    ),
    # ze_supply_port_backlog
    (
        "How many ships are queuing to unload at the port?",
        "ze_supply_port_backlog",
        ["There's a backlog of"],
    ),
    (
        "When were the sofa maker's containers first supposed to be unloaded?",
        "ze_supply_port_backlog",
        ["The original date was"],
    ),
    (
        "Why didn't the freight forwarder trust the latest arrival estimate?",
        "ze_supply_port_backlog",
        ["Because the estimate has"],
    ),
    (
        "How long will the sofa factory's current foam last?",
        "ze_supply_port_backlog",
        ["We have foam for"],
    ),
    (
        "How much would it cost to fly a container of foam in?",
        "ze_supply_port_backlog",
        ["For one container's worth,"],
    ),
    (
        "How much extra time does sending the shipment via Liverpool add?",
        "ze_supply_port_backlog",
        ["That adds about five"],
    ),
    (
        "When would the rerouted shipment reach the factory?",
        "ze_supply_port_backlog",
        ["On top of its"],
    ),
    (
        "How much dearer is the foam from the Rochdale company?",
        "ze_supply_port_backlog",
        ["They can do two"],
    ),
    (
        "Why was the leather range the one left waiting for foam?",
        "ze_supply_port_backlog",
        ["Those orders have a"],
    ),
    # ze_research_card_reader
    ("How big is the café in Leeds?", "ze_research_card_reader", ["It's a small place"]),
    (
        "How long had the café owner used the card reader before leaving?",
        "ze_research_card_reader",
        ["About three years."],
    ),
    (
        "What kept going wrong with the card machine?",
        "ze_research_card_reader",
        ["The reader kept dropping"],
    ),
    (
        "How did customers react when the payments failed?",
        "ze_research_card_reader",
        ["A couple of regulars"],
    ),
    (
        "What happened on Joe's second attempt to get help from support?",
        "ze_research_card_reader",
        ["The second time I"],
    ),
    (
        "How much difference do the new provider's fees make to the café?",
        "ze_research_card_reader",
        ["You charge 1.75% and"],
    ),
    (
        "Was cost the real reason the café switched payment provider?",
        "ze_research_card_reader",
        ["If the reader had"],
    ),
    (
        "What would persuade the café owner to come back?",
        "ze_research_card_reader",
        ["A reader with its", "And a phone number"],
    ),
    (
        "How did Joe hear about the competitor's card reader?",
        "ze_research_card_reader",
        ["The bakery across the", "I watched their queue"],
    ),
    # ze_research_book_box
    (
        "How did the family first get the children's book subscription?",
        "ze_research_book_box",
        ["A friend gave us"],
    ),
    (
        "How much did Amira pay each month for the book box?",
        "ze_research_book_box",
        ["After that I paid"],
    ),
    (
        "What did her son love about the book box at the start?",
        "ze_research_book_box",
        ["Honestly, the unboxing.", "Two books arrived every"],
    ),
    (
        "When did things start going wrong with Little Shelf?",
        "ze_research_book_box",
        ["Around month eight."],
    ),
    (
        "Why couldn't the mother tell the service which books they already owned?",
        "ze_research_book_box",
        ["There was a form"],
    ),
    (
        "What went wrong after she changed the age setting?",
        "ze_research_book_box",
        ["I did, and then"],
    ),
    (
        "Which part of the book subscription would the parent still pay for, and how much?",
        "ze_research_book_box",
        ["The activity cards.", "I'd pay for those"],
    ),
    (
        "Where does the boy get his books these days?",
        "ze_research_book_box",
        ["The library, mostly, plus"],
    ),
    (
        "Why did the picture books stop suiting the boy?",
        "ze_research_book_box",
        ["He was reading chapter"],
    ),
    # ze_office_move_mill
    (
        "How long is the lease on the Riverside Mill office, and can they leave early?",
        "ze_office_move_mill",
        ["It's a five-year lease"],
    ),
    (
        "How did the company get the rent down from the agent's first price?",
        "ze_office_move_mill",
        ["They did, and we"],
    ),
    (
        "When will the broadband be connected at the new office?",
        "ze_office_move_mill",
        ["The fibre line is"],
    ),
    (
        "What's the stopgap for internet in the first week at the mill?",
        "ze_office_move_mill",
        ["We've hired a 4G"],
    ),
    (
        "How many car parking spaces does the new building have?",
        "ze_office_move_mill",
        ["There are only 22"],
    ),
    (
        "Who gets priority for parking at the new office?",
        "ze_office_move_mill",
        ["Spaces go first to"],
    ),
    (
        "Why were the designers unhappy about hot desking?",
        "ze_office_move_mill",
        ["The plan says hot"],
    ),
    (
        "Where will the designers sit after the move?",
        "ze_office_move_mill",
        ["Then the designers get"],
    ),
    ("When is the removal company coming?", "ze_office_move_mill", ["Movers come on Friday"]),
    # ze_office_move_coworking
    (
        "How many desks was the company paying for at its old headquarters?",
        "ze_office_move_coworking",
        ["We were paying for"],
    ),
    (
        "How much did the company save on property by moving to coworking?",
        "ze_office_move_coworking",
        ["We cut property costs"],
    ),
    (
        "What was the biggest improvement after moving into the coworking building?",
        "ze_office_move_coworking",
        ["The meeting rooms, definitely.", "We used to fight"],
    ),
    (
        "Who complained about the noise from the sales team?",
        "ze_office_move_coworking",
        ["Our sales team is"],
    ),
    (
        "What did the private suite for sales cost?",
        "ze_office_move_coworking",
        ["It cost an extra"],
    ),
    (
        "What happened to the old paper archives?",
        "ze_office_move_coworking",
        ["Half were scanned and"],
    ),
    (
        "What proportion of staff liked the new workspace better?",
        "ze_office_move_coworking",
        ["71% said they preferred"],
    ),
    (
        "Why did the finance department dislike the coworking space?",
        "ze_office_move_coworking",
        ["They like quiet and"],
    ),
    (
        "What would Imogen do differently if she moved again?",
        "ze_office_move_coworking",
        ["Yes, but I'd book"],
    ),
    # ze_appstore_payments
    (
        "Which review rule did the language learning app break?",
        "ze_appstore_payments",
        ["It's guideline 3.1.1, about"],
    ),
    (
        "What was different about the website button in the new version?",
        "ze_appstore_payments",
        ["It used to say"],
    ),
    (
        "Who came up with advertising the website discount inside the app?",
        "ze_appstore_payments",
        ["That was my idea,"],
    ),
    (
        "What commission would Apple take on Lingo Loop's lesson packs?",
        "ze_appstore_payments",
        ["We're in the small"],
    ),
    (
        "How much revenue comes through the link to the website?",
        "ze_appstore_payments",
        ["About a fifth of", "Roughly £6,000 a month."],
    ),
    (
        "Why did the developer favour just removing the text?",
        "ze_appstore_payments",
        ["That's a one-line change", "Adding in-app purchase for"],
    ),
    ("Why didn't they appeal the rejection?", "ze_appstore_payments", ["We could, but appeals"]),
    (
        "What other issue did the reviewer point out apart from the button?",
        "ze_appstore_payments",
        ["Also, the review notes"],
    ),
    # ze_appstore_privacy
    (
        "What new feature was in the version of ParkPal that got rejected?",
        "ze_appstore_privacy",
        ["We submitted version 2"],
    ),
    (
        "What was the reviewer's complaint about location access?",
        "ze_appstore_privacy",
        ["First, we asked for"],
    ),
    (
        "Why had the parking app asked for location all the time?",
        "ze_appstore_privacy",
        ["I'd asked for always"],
    ),
    (
        "What was wrong with the way users could remove their accounts?",
        "ze_appstore_privacy",
        ["We only had an"],
    ),
    (
        "Why did adding account deletion take so long?",
        "ze_appstore_privacy",
        ["Deletion took almost two"],
    ),
    (
        "What does ParkPal keep after a user deletes their account?",
        "ze_appstore_privacy",
        ["We delete the profile"],
    ),
    (
        "Why was the parking app turned down a second time?",
        "ze_appstore_privacy",
        ["The second submission was", "Our demo account had"],
    ),
    ("How fast was the third submission approved?", "ze_appstore_privacy", ["Third time, it went"]),
    (
        "How many downloads does Callum think the delays cost him?",
        "ze_appstore_privacy",
        ["I'd guess around 3,000"],
    ),
    # ze_robots_pilot_review
    (
        "How many picks per hour did a person manage before the robots came in?",
        "ze_robots_pilot_review",
        ["Picks per hour went"],
    ),
    (
        "What productivity level did the business case promise for the robot pilot?",
        "ze_robots_pilot_review",
        ["The target in the"],
    ),
    (
        "How bad were picking mistakes at the start of the pilot?",
        "ze_robots_pilot_review",
        ["Error rates were slightly"],
    ),
    (
        "How much of the shift were the robots out of action, and why?",
        "ze_robots_pilot_review",
        ["The robots were unavailable"],
    ),
    (
        "What did the robot supplier recommend for the charging problem?",
        "ze_robots_pilot_review",
        ["The vendor suggested four"],
    ),
    (
        "How much would spreading out the charging reduce downtime?",
        "ze_robots_pilot_review",
        ["Staggering cuts the downtime"],
    ),
    (
        "How much less walking do the pickers do now?",
        "ze_robots_pilot_review",
        ["Walking dropped from around"],
    ),
    (
        "What new jobs did some pickers get during the pilot?",
        "ze_robots_pilot_review",
        ["We've moved six pickers"],
    ),
    (
        "How long until the leased robots pay for themselves?",
        "ze_robots_pilot_review",
        ["With 60 robots leased"],
    ),
    (
        "Why not buy the robots instead of leasing them?",
        "ze_robots_pilot_review",
        ["About 19 months, but"],
    ),
    # ze_robots_grocery_incident
    (
        "How many shelf-carrying robots does the grocery warehouse have?",
        "ze_robots_grocery_incident",
        ["Shelf-lifting robots that bring"],
    ),
    (
        "How long did the grocery warehouse run at reduced output while the robots were introduced?",
        "ze_robots_grocery_incident",
        ["The floor had to"],
    ),
    (
        "What happened in the forklift accident?",
        "ze_robots_grocery_incident",
        ["One of the forklifts"],
    ),
    (
        "Why couldn't the driverless forklift see the pallet?",
        "ze_robots_grocery_incident",
        ["The investigation found the", "It had come out"],
    ),
    (
        "What do the forklifts have to do now when they leave the freezer?",
        "ze_robots_grocery_incident",
        ["The forklifts now wait"],
    ),
    (
        "What does the tag do when someone walks into the forklift area?",
        "ze_robots_grocery_incident",
        ["And people can't enter"],
    ),
    (
        "What did some of the older workers call the robots?",
        "ze_robots_grocery_incident",
        ["Some older colleagues called"],
    ),
    (
        "What do the warehouse staff miss since the robots arrived?",
        "ze_robots_grocery_incident",
        ["What people miss is", "You used to walk"],
    ),
    (
        "Who suggested moving people between stations every couple of hours?",
        "ze_robots_grocery_incident",
        ["They rotate us between"],
    ),
]
