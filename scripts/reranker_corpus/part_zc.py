"""Conversations about health and care services behind the scenes, with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "zc_gp_meeting_prescriptions": {
        "turns": [
            (
                "manager",
                "Okay, let's start, it's ten past one and we have the room until two. First item is repeat prescriptions. Karen, you've been tracking the backlog?",
            ),
            (
                "receptionist",
                "Yes. Last Monday we had 340 requests waiting, which is the highest since I started here. Most of them came in through the email inbox rather than the app.",
            ),
            ("manager", "Why email, do you think?"),
            (
                "receptionist",
                "Because the leaflet we sent out in March still gives the old email address. People keep the leaflet on the fridge.",
            ),
            ("doctor", "Can we just switch the inbox off?"),
            (
                "manager",
                "We thought about that in January and decided against it. Some of our older patients have no smartphone, and the email was the only thing they could manage.",
            ),
            (
                "pharmacist",
                "Can I suggest something? I could take the medication reviews that are overdue, which is roughly a third of the pile.",
            ),
            ("doctor", "A third? That seems high."),
            (
                "pharmacist",
                "It is. About 110 of them are flagged because the annual review lapsed, not because anything is wrong with the medicine.",
            ),
            (
                "manager",
                "Right. So Priya takes the review ones on Tuesday and Thursday afternoons.",
            ),
            ("pharmacist", "Fine, yes."),
            ("receptionist", "And the leaflet?"),
            (
                "manager",
                "We reprint it. The printer quoted £180 for two thousand copies. We'll hand them out with the flu jabs in October.",
            ),
            (
                "doctor",
                "My worry is the turnaround promise on the website. It still says 48 hours.",
            ),
            (
                "manager",
                "Good point. We'll change it to three working days, which is what we actually manage.",
            ),
            ("doctor", "Honest, at least."),
            ("manager", "Next item is the car park, but that can wait until after coffee."),
        ],
    },
    "zc_gp_meeting_phones": {
        "turns": [
            (
                "manager",
                "Thanks for staying late, everyone. The only item tonight is the phone system, because the contract with the current supplier ends on the 30th of June.",
            ),
            (
                "receptionist",
                "Good, because the mornings are awful. Yesterday the queue hit 62 callers at eight o'clock.",
            ),
            ("doctor", "Sixty-two at once?"),
            (
                "receptionist",
                "At once, yes. And the line drops people after twenty minutes, so they ring back and join the end again.",
            ),
            (
                "manager",
                "That drop-out is exactly what the new system fixes. It offers a call-back, so you keep your place without staying on the line.",
            ),
            ("doctor", "Which supplier are we going with?"),
            (
                "manager",
                "We looked at three. The cheapest was Lynx Telecom at £240 a month, but they couldn't move our existing numbers until September.",
            ),
            ("doctor", "So not them."),
            (
                "manager",
                "No. We chose Harbour Voice at £310 a month, because they can switch us over in a single weekend.",
            ),
            ("receptionist", "Will we get training?"),
            (
                "manager",
                "Two sessions of an hour each, on a Wednesday afternoon when we close for staff training anyway.",
            ),
            (
                "receptionist",
                "That's enough for me, but Derek on the late shift has never used a headset.",
            ),
            ("manager", "Then I'll sit with him for the first morning myself."),
            (
                "doctor",
                "What about the recorded message at the start? Ours lasts almost two minutes.",
            ),
            ("receptionist", "Patients hate it. Half of them hang up before it finishes."),
            (
                "manager",
                "We'll cut it to under thirty seconds and move the covid information to the website.",
            ),
            (
                "doctor",
                "I'd like one more thing. Can urgent calls from the care homes get their own line?",
            ),
            (
                "manager",
                "I asked about that. It's an extra £15 a month, and I think it's worth it.",
            ),
            ("doctor", "Agreed."),
        ],
    },
    "zc_pharmacy_rural_round": {
        "turns": [
            (
                "host",
                "Today I'm riding along with Gareth, who delivers prescriptions for a pharmacy in the hills above Builth Wells. Gareth, how far is today's round?",
            ),
            (
                "driver",
                "About 96 miles. On a Tuesday it's the long loop, fourteen villages and a couple of farms at the end of gravel tracks.",
            ),
            ("host", "How many bags are in the van?"),
            (
                "driver",
                "Forty-one this morning. The fridge box holds the insulin and a few eye drops, and that has to stay between two and eight degrees.",
            ),
            ("host", "What happens if nobody's home?"),
            (
                "driver",
                "We never leave medicine on a doorstep. It comes back to the pharmacy and we ring the patient to rebook.",
            ),
            ("host", "Never, even for a regular customer?"),
            (
                "driver",
                "Never. A dog got into a bag once, years before my time, and that was the end of that.",
            ),
            ("host", "Fair enough. How did you end up doing this?"),
            (
                "driver",
                "I drove a milk tanker for nineteen years. When the dairy closed in 2019 the pharmacist, who's my cousin, asked if I fancied it.",
            ),
            ("host", "And the van?"),
            (
                "driver",
                "It's electric now, since last spring. We worried about the hills and the range, but it's managed every round except one in the snow.",
            ),
            ("host", "What happened in the snow?"),
            (
                "driver",
                "I borrowed my neighbour's Land Rover and did the top farms with chains on.",
            ),
            ("host", "Which stop do you like best?"),
            (
                "driver",
                "Mrs Pryce at Cwm Farm. She's 93, she's always got a flask of tea ready, and she tells me which sheep are lambing.",
            ),
            ("host", "Sounds like more than a delivery."),
            ("driver", "It is. For some of them I'm the only person they talk to all week."),
        ],
    },
    "zc_pharmacy_city_round": {
        "turns": [
            (
                "host",
                "This week we're looking at how a busy city pharmacy gets medicines to housebound patients. With me are Nadia, who manages a pharmacy in Leicester, and Tom, who does the deliveries. Nadia, how many deliveries a day?",
            ),
            (
                "manager",
                "Around 70 on a normal weekday, and nearer 100 on a Friday because people want to be covered for the weekend.",
            ),
            ("host", "Tom, are you in a van?"),
            (
                "courier",
                "Cargo bike, mostly. The van sat in traffic for half the morning, so in 2022 we tried the bike for a month and never went back.",
            ),
            ("host", "Doesn't the bike limit what you can carry?"),
            (
                "courier",
                "A bit. It takes about 25 bags per trip, so I go back to the shop three times.",
            ),
            ("manager", "And the van still does the big nursing home orders on a Monday."),
            ("host", "How do you plan the order of stops?"),
            (
                "courier",
                "An app does it, but I ignore it near the ring road. It sends me across four lanes.",
            ),
            ("host", "What about signatures?"),
            (
                "manager",
                "For controlled drugs we need a signature at the door. Everything else, the patient just confirms their date of birth.",
            ),
            ("host", "Has anything gone wrong?"),
            (
                "courier",
                "Once I delivered to the right house number on the wrong street. Same name, Victoria Road and Victoria Street.",
            ),
            (
                "manager",
                "We caught it within the hour because the patient rang us. Since then the label prints the postcode in large type.",
            ),
            ("host", "Is the service free?"),
            (
                "manager",
                "For most people, yes. We used to charge £5 for same-day, but we dropped that last year because it mostly put off the people who needed it.",
            ),
            ("host", "Tom, best part of the job?"),
            (
                "courier",
                "The hills, honestly. No, it's the regulars. One man gives me a crossword clue every week and I have to solve it by the next delivery.",
            ),
        ],
    },
    "zc_care_home_open_visiting": {
        "turns": [
            (
                "host",
                "We're talking about visiting in care homes. Joining me is Lorraine, who runs Elm Lodge in Harrogate. Lorraine, do families still have to book?",
            ),
            (
                "manager",
                "Not any more. We stopped booking in April. Now families come any time between ten and eight.",
            ),
            ("host", "Why not round the clock?"),
            (
                "manager",
                "We tried open evenings until ten, but the night staff said residents weren't settling, so we brought it back to eight.",
            ),
            ("host", "We have a caller. Sue, go ahead."),
            (
                "caller",
                "Hi. My dad's at a home, not Lorraine's, and they still only allow two visitors at once. Is that normal?",
            ),
            (
                "manager",
                "It varies. We allow four in a bedroom, and bigger groups use the conservatory.",
            ),
            ("caller", "He has six grandchildren, so that would help."),
            ("host", "Lorraine, what about children and pets?"),
            (
                "manager",
                "Children are welcome. Dogs too, as long as they're calm and someone tells reception first, because one of our residents is allergic.",
            ),
            ("host", "What do families get wrong?"),
            (
                "manager",
                "Honestly, coming at lunchtime. Meals are at half twelve, and a visitor arriving then means the resident stops eating.",
            ),
            ("caller", "I didn't know that. I always go at lunch because of work."),
            (
                "manager",
                "Then ask the staff if you can help him eat. Lots of families do that and it works well.",
            ),
            ("host", "Sue, does that sound useful?"),
            ("caller", "Really useful. I'll ask them on Saturday."),
            ("host", "Lorraine, last question. What would you tell someone on their first visit?"),
            (
                "manager",
                "Bring something from home, a photo album or a favourite blanket. It gives you both something to talk about.",
            ),
        ],
    },
    "zc_care_home_garden_visits": {
        "turns": [
            (
                "host",
                "Today's story is about a garden. Amira is activities coordinator at Birchfield House near Norwich, and Jenny's mum has lived there for three years. Amira, what did you build?",
            ),
            (
                "coordinator",
                "A visiting garden with raised beds and a covered pergola. It opened last June.",
            ),
            ("host", "Who paid for it?"),
            (
                "coordinator",
                "The families did most of it. A sponsored walk raised £4,200, and a local builders' merchant gave us the timber.",
            ),
            ("host", "Jenny, were you on that walk?"),
            ("daughter", "I was. Twelve miles along the Wherry Line path, in the rain."),
            ("host", "Ouch. Why a garden, rather than a new lounge?"),
            (
                "coordinator",
                "We did consider a lounge. But residents with dementia often find it easier to talk outside, with something to do with their hands.",
            ),
            (
                "daughter",
                "That's true of my mum. Indoors she asks for her husband every five minutes, but at the tomato bed she tells me how my grandad grew them.",
            ),
            ("host", "What does a typical visit look like now?"),
            (
                "daughter",
                "I come on Sunday mornings. We water, we pick whatever is ready, and the kitchen uses it in Monday's soup.",
            ),
            ("host", "And in winter?"),
            (
                "coordinator",
                "The pergola has heaters, so we use it until about November. After that we move the potting indoors to the old laundry room.",
            ),
            ("host", "Anything you'd do differently?"),
            (
                "coordinator",
                "The beds are too low. We built them at 60 centimetres, and for wheelchair users they should have been 75.",
            ),
            ("daughter", "Mum can reach them, though, so I'm not complaining."),
            ("host", "Amira, what's next?"),
            (
                "coordinator",
                "Chickens, if the manager agrees. We've been promised a hen house by a grandson who's a carpenter.",
            ),
        ],
    },
    "zc_physio_knee_home_visit": {
        "turns": [
            ("physio", "Morning, Alan. How's the knee since Thursday?"),
            (
                "patient",
                "Stiff first thing, but better once I'm moving. I managed the stairs twice yesterday without the rail.",
            ),
            ("physio", "Good. Let's measure the bend. Lie back for me."),
            ("patient", "Go on, then."),
            ("physio", "That's 95 degrees. Last week it was 82, so that's real progress."),
            ("patient", "What are we aiming for?"),
            (
                "physio",
                "At least 110 by the end of the month, because that's roughly what you need to get up from a low chair easily.",
            ),
            ("patient", "My armchair is very low. My wife wants to get rid of it."),
            ("physio", "Don't throw it out yet. Put a firm cushion on it for now."),
            ("patient", "The exercises, though. I've been skipping the heel slides."),
            ("physio", "Why's that?"),
            (
                "patient",
                "They hurt more than the others, and I wasn't sure if that meant I was damaging something.",
            ),
            (
                "physio",
                "A pulling ache is fine. A sharp pain at the front of the knee is the one to stop for. Take your painkiller about half an hour before, and do them on the bed, not the floor.",
            ),
            ("patient", "Right. And the bike? My son has an exercise bike."),
            (
                "physio",
                "Yes, but no resistance for the first two weeks. Ten minutes a day, seat set high.",
            ),
            ("patient", "When can I drive?"),
            (
                "physio",
                "That's really for your surgeon, but most people are back driving around six weeks. You're at four.",
            ),
            ("patient", "So the golf's off for a while."),
            (
                "physio",
                "Putting on the practice green in a month, maybe. A full round, not before the summer.",
            ),
        ],
    },
    "zc_physio_frozen_shoulder": {
        "turns": [
            (
                "physio",
                "Hello, Maria. This is Ben, he's a student with us for six weeks. Are you happy for him to sit in?",
            ),
            ("patient", "Of course. He can't be worse than my last physio."),
            ("student", "I'll do my best."),
            ("physio", "So, the left shoulder. Tell Ben how it started."),
            (
                "patient",
                "Last October. I was reaching into the back seat of the car for my handbag and felt it lock. Within a month I couldn't do my hair.",
            ),
            ("student", "Did you have an injection?"),
            (
                "patient",
                "One, in January. It helped for about three weeks, then the stiffness came back.",
            ),
            (
                "physio",
                "That's quite common with frozen shoulder. The injection calms the pain, but it doesn't loosen the capsule on its own.",
            ),
            ("patient", "So what does?"),
            (
                "physio",
                "Time and stretching, mostly. Most people recover within eighteen months to two years, though some take longer.",
            ),
            ("patient", "Two years! I was told six months."),
            (
                "physio",
                "Six months is the painful phase. The stiff phase after it is the long one.",
            ),
            ("student", "Can I ask which exercises she's doing now?"),
            (
                "physio",
                "The pendulum swings and the towel stretch behind the back. Maria, show him the towel one.",
            ),
            ("patient", "Like this. It pulls right across the top."),
            ("physio", "Good, but you're shrugging. Keep the shoulder down and go slower."),
            ("patient", "What about yoga? My friend runs a class on Wednesdays."),
            (
                "physio",
                "Gentle yoga, yes. Skip anything where you take your weight on your hands, like downward dog, until you can lift your arm above your head.",
            ),
            ("student", "Should she use heat or ice?"),
            (
                "physio",
                "Heat before the stretches, ten minutes with a wheat bag. Ice only if it's flared up after a bad night.",
            ),
        ],
    },
    "zc_optician_child_first_glasses": {
        "turns": [
            (
                "optician",
                "Right, Leo, you've done brilliantly with the letters. Mum, shall I explain what we found?",
            ),
            ("parent", "Please. His teacher said he squints at the whiteboard."),
            (
                "optician",
                "She's right to flag it. Leo is short-sighted, about minus one and a half in both eyes.",
            ),
            ("parent", "Is that bad?"),
            (
                "optician",
                "It's mild. He'll see the board clearly with glasses, and reading close up is fine without them.",
            ),
            ("child", "Do I have to wear them all the time?"),
            ("optician", "Just for school and for the telly, to start with."),
            ("parent", "Will they cost much? We didn't budget for this."),
            (
                "optician",
                "Under 16s get an NHS voucher, so a frame from the children's range is free. If he wants one of the designer frames, you'd pay the difference, usually about £40.",
            ),
            ("child", "Can I have the blue ones?"),
            ("optician", "The blue ones are in the free range, so yes."),
            ("parent", "Thank goodness. Should we worry it'll get worse?"),
            (
                "optician",
                "Short sight often increases during growth spurts. There are special lenses that may slow it, but they're not covered by the voucher and cost around £250 a year.",
            ),
            ("parent", "Let's start with normal ones and think about it."),
            (
                "optician",
                "That's sensible. I'd like to see him again in six months rather than a year.",
            ),
            ("child", "When do I get them?"),
            ("optician", "They'll be ready in about a week. We'll text your mum."),
        ],
    },
    "zc_optician_varifocal_return": {
        "turns": [
            (
                "customer",
                "Hello, I picked up my varifocals on the 3rd and I'm still struggling. I nearly fell on the stairs at the station.",
            ),
            ("dispenser", "I'm sorry to hear that. Is this your first pair of varifocals?"),
            ("customer", "It is. Before, I had separate reading glasses from the supermarket."),
            (
                "dispenser",
                "Stairs are the classic problem. The bottom of the lens is set for reading, so steps look blurred if you look down through it.",
            ),
            ("customer", "So what do I do, just not look?"),
            (
                "dispenser",
                "Tip your chin down and look through the top part. Most people adjust within two weeks.",
            ),
            ("customer", "It's been nearly three."),
            (
                "dispenser",
                "Then let me check the fitting. Pop them on. Yes, they're sitting low, because the nose pads have spread.",
            ),
            ("customer", "That explains a lot."),
            (
                "optometrist",
                "Can I look as well? I did the eye test. Mr Hughes, you also said you use a computer all day.",
            ),
            ("customer", "Eight hours, two screens."),
            (
                "optometrist",
                "Standard varifocals give you a narrow band for the screen. You might do better with a second pair of office lenses for work.",
            ),
            ("customer", "More money, though."),
            (
                "dispenser",
                "We'd take 30% off a second pair within three months of the first. That brings it to about £95.",
            ),
            ("customer", "And if I still hate the varifocals?"),
            (
                "optometrist",
                "Our adaptation guarantee lasts 90 days. We can change them to a different lens design or refund the lenses.",
            ),
            ("customer", "Let's adjust these first and I'll think about the office pair."),
            ("dispenser", "Good plan. Come back next Friday and tell us how the stairs are."),
        ],
    },
    "zc_hearing_aid_first_fitting": {
        "turns": [
            (
                "audiologist",
                "Mrs Okafor, these are your new hearing aids. I'm going to switch them on now, and the first thing you'll notice is that everything sounds loud and a bit tinny.",
            ),
            ("patient", "Oh. Goodness. Is that my own voice?"),
            (
                "audiologist",
                "It is. Your brain hasn't heard those high sounds for years, so it will take some weeks to settle.",
            ),
            ("daughter", "How long should she wear them each day?"),
            (
                "audiologist",
                "Start with about four hours, in a quiet place, and add an hour every day or two. Aim for all day by the end of the month.",
            ),
            ("patient", "The paper rustling is very loud."),
            (
                "audiologist",
                "Yes, that's common. The newspaper, the kettle, your own footsteps. They'll fade into the background.",
            ),
            ("daughter", "Mum's main problem is the phone. She can't hear the grandchildren."),
            (
                "audiologist",
                "These can connect to her mobile by Bluetooth, so calls go straight into both ears. I'll pair it now if you have it.",
            ),
            ("patient", "It's in my bag. The code is my birthday, don't tell anyone."),
            (
                "audiologist",
                "I won't. Now, batteries. These are rechargeable, so every night they go in the little case by your bed.",
            ),
            ("patient", "What if I forget?"),
            (
                "audiologist",
                "A full charge lasts about 24 hours, so one missed night would still get you to lunchtime.",
            ),
            ("daughter", "And cleaning?"),
            (
                "audiologist",
                "Wipe them each evening with the cloth, and change the wax guards once a month. I'll show you both.",
            ),
            ("patient", "Will I be able to hear in church? That's what I miss most."),
            (
                "audiologist",
                "There's a loop setting for that. If your church has a hearing loop, press the button twice.",
            ),
            ("daughter", "They do, St Anne's put one in last year."),
            ("audiologist", "Perfect. I'll see you again in three weeks to fine-tune."),
        ],
    },
    "zc_hearing_aid_review": {
        "turns": [
            (
                "audiologist",
                "Mr Bell, it's been six weeks since the fitting. How are you getting on?",
            ),
            (
                "patient",
                "Mixed. At home they're grand, but in the pub on quiz night I can't follow a word.",
            ),
            (
                "audiologist",
                "Background noise is the hardest situation. How many are on your quiz team?",
            ),
            ("patient", "Five of us, round a table near the bar. And there's music."),
            (
                "audiologist",
                "Right. I can add a restaurant programme that focuses on speech in front of you and turns down sounds from behind.",
            ),
            ("patient", "Would that help with the music?"),
            (
                "audiologist",
                "Partly. Sit with your back to the speakers and the bar, and it'll work far better.",
            ),
            ("patient", "I'll have to fight Colin for that seat."),
            (
                "audiologist",
                "What about the ringing? Last time you said your tinnitus was worst at night.",
            ),
            (
                "patient",
                "It's actually better. With the aids in I hardly notice it in the daytime.",
            ),
            (
                "audiologist",
                "That's a common bonus. At night, some people play soft rain sounds through the app.",
            ),
            ("patient", "My wife would kill me."),
            (
                "audiologist",
                "It can stream through the aids themselves, but only for the first hour or so, because you shouldn't sleep in them.",
            ),
            ("patient", "One more thing. The left one whistles when I put my hat on."),
            (
                "audiologist",
                "That's feedback. The dome may be too small. I'll try the next size up, which should seal better.",
            ),
            ("patient", "Thanks. And the cost? My brother paid three thousand pounds for his."),
            (
                "audiologist",
                "These are through the NHS, so there's no charge, including repairs and batteries. Your brother probably went private for a smaller model.",
            ),
            ("patient", "I'll tell him I got the better deal."),
        ],
    },
    "zc_peer_support_carers": {
        "turns": [
            (
                "lead",
                "Welcome back, everyone, and welcome to Asha, who's joining us for the first time. We meet on the first Thursday of each month here at the library. Asha, would you like to say a little?",
            ),
            (
                "asha",
                "Thanks. I look after my husband, he has Parkinson's, diagnosed four years ago. A friend told me about this group.",
            ),
            ("dave", "Welcome. I've been coming for about two years. My mum has dementia."),
            ("lead", "Dave, last month you were waiting to hear about respite care. Any news?"),
            (
                "dave",
                "Yes, finally. She's going to a home in Kettering for a week in August so I can go to my daughter's wedding.",
            ),
            ("asha", "How did you arrange that?"),
            (
                "dave",
                "Through the council's carers' assessment. It took eleven weeks from the first phone call, so apply early.",
            ),
            ("lead", "That's the key tip, I think. Asha, what's hardest for you right now?"),
            ("asha", "Nights. He gets up three or four times, and I'm frightened he'll fall."),
            (
                "dave",
                "We had that. A sensor mat by the bed changed everything. It beeps on a pager when she stands up.",
            ),
            ("asha", "Where did you get one?"),
            (
                "dave",
                "The occupational therapist sorted it, free on loan. Before that I was sleeping on the landing.",
            ),
            ("lead", "Asha, I can give you the number for the occupational therapy team after."),
            ("asha", "Please. And can I ask, does anyone feel guilty about wanting a break?"),
            ("dave", "Every single one of us. I felt terrible about Kettering at first."),
            (
                "lead",
                "We talk about that a lot. Next month there's a session on exactly that, with a counsellor from the hospice.",
            ),
            ("asha", "I'll definitely come."),
        ],
    },
    "zc_peer_support_stroke_cafe": {
        "turns": [
            (
                "host",
                "This episode is about a stroke survivors' group that meets in a café in Bristol every Tuesday afternoon. I'm with Patrick, who started it, and Jo, one of the regulars. Patrick, why a café?",
            ),
            (
                "founder",
                "After my stroke in 2017, I went to a group in a church hall, and it felt like a waiting room. I wanted somewhere normal, with decent coffee.",
            ),
            ("host", "How many come?"),
            ("founder", "We started with four. Now it's between 15 and 20 most weeks."),
            ("host", "Jo, how did you find it?"),
            (
                "member",
                "My speech therapist gave me a flyer. I didn't go for two months, because I was embarrassed about my words.",
            ),
            ("host", "What changed your mind?"),
            (
                "member",
                "My husband drove me there and sat outside in the car park. I told him I'd stay ten minutes.",
            ),
            ("founder", "She stayed three hours."),
            (
                "member",
                "I did. Nobody hurried me when I got stuck on a word. That was the first time since the stroke.",
            ),
            ("host", "What do you actually do each week?"),
            (
                "founder",
                "Mostly we talk. Once a month there's a quiz, and in the summer we do a short walk along the harbour.",
            ),
            ("host", "Who pays for the coffee?"),
            (
                "founder",
                "Everyone pays for their own, but the café gives us the back room for free. The owner's father had a stroke.",
            ),
            ("host", "Any advice for someone thinking of starting a group?"),
            (
                "founder",
                "Keep it small at first, and don't let professionals run it. They can visit, but it should belong to the members.",
            ),
            ("member", "And make sure the toilet is step-free. We learned that the hard way."),
            ("host", "Jo, what would you say to someone who's nervous about coming?"),
            ("member", "Come for ten minutes. That's all I promised, and now I help run the quiz."),
        ],
    },
}

QUESTIONS = [
    # zc_gp_meeting_prescriptions
    (
        "How many repeat prescription requests were in the queue at the worst point?",
        "zc_gp_meeting_prescriptions",
        ["Last Monday we had"],
    ),
    (
        "Why were patients sending their prescription requests by email instead of the app?",
        "zc_gp_meeting_prescriptions",
        ["Because the leaflet we"],
    ),
    (
        "Why did the surgery decide not to close the email inbox for prescriptions?",
        "zc_gp_meeting_prescriptions",
        ["We thought about that", "Some of our older"],
    ),
    (
        "How many requests were stuck only because the yearly medication check had run out?",
        "zc_gp_meeting_prescriptions",
        ["About 110 of them"],
    ),
    (
        "On which days will the practice pharmacist deal with the overdue review requests?",
        "zc_gp_meeting_prescriptions",
        ["So Priya takes the"],
    ),
    (
        "What will it cost the GP surgery to print the new leaflets?",
        "zc_gp_meeting_prescriptions",
        ["The printer quoted £180"],
    ),
    (
        "When are the updated leaflets going to be given out to patients?",
        "zc_gp_meeting_prescriptions",
        ["We'll hand them out"],
    ),
    (
        "What processing time will the practice website promise for repeat prescriptions from now on?",
        "zc_gp_meeting_prescriptions",
        ["We'll change it to"],
    ),
    (
        "Who was worried about what the website says about prescription turnaround?",
        "zc_gp_meeting_prescriptions",
        ["My worry is the"],
    ),
    # zc_gp_meeting_phones
    (
        "When does the surgery's existing telephone contract run out?",
        "zc_gp_meeting_phones",
        ["The only item tonight"],
    ),
    (
        "How many people were waiting on the phone line at 8am?",
        "zc_gp_meeting_phones",
        ["Yesterday the queue hit"],
    ),
    (
        "What happens to patients who have been holding for twenty minutes on the old phone system?",
        "zc_gp_meeting_phones",
        ["And the line drops"],
    ),
    (
        "Why wasn't the cheapest telephone company picked?",
        "zc_gp_meeting_phones",
        ["The cheapest was Lynx"],
    ),
    (
        "Which phone provider did the practice go with and what is the monthly price?",
        "zc_gp_meeting_phones",
        ["We chose Harbour Voice"],
    ),
    (
        "How much staff training is there on the new phones?",
        "zc_gp_meeting_phones",
        ["Two sessions of an"],
    ),
    (
        "How will the practice manager help the colleague who has never worn a headset?",
        "zc_gp_meeting_phones",
        ["Then I'll sit with"],
    ),
    (
        "How long will the recorded greeting be once it's shortened?",
        "zc_gp_meeting_phones",
        ["We'll cut it to"],
    ),
    (
        "How much more does a separate line for care home calls cost?",
        "zc_gp_meeting_phones",
        ["It's an extra £15"],
    ),
    (
        "How do callers react to the long recorded message at the start?",
        "zc_gp_meeting_phones",
        ["Half of them hang"],
    ),
    # zc_pharmacy_rural_round
    (
        "How long is Gareth's Tuesday delivery loop in miles?",
        "zc_pharmacy_rural_round",
        ["About 96 miles."],
    ),
    (
        "How many prescription bags were in the van that day?",
        "zc_pharmacy_rural_round",
        ["Forty-one this morning."],
    ),
    (
        "What temperature range does the insulin box have to be kept in?",
        "zc_pharmacy_rural_round",
        ["The fridge box holds"],
    ),
    (
        "What does the rural driver do when a patient isn't in?",
        "zc_pharmacy_rural_round",
        ["We never leave medicine", "It comes back to"],
    ),
    (
        "Why is there a strict rule against leaving prescriptions outside in the hills?",
        "zc_pharmacy_rural_round",
        ["A dog got into"],
    ),
    (
        "What was the delivery driver's job before the pharmacy?",
        "zc_pharmacy_rural_round",
        ["I drove a milk"],
    ),
    (
        "How did Gareth come to be offered the delivery job?",
        "zc_pharmacy_rural_round",
        ["When the dairy closed"],
    ),
    (
        "How were the highest farms reached when the electric van couldn't cope with snow?",
        "zc_pharmacy_rural_round",
        ["I borrowed my neighbour's"],
    ),
    (
        "Which customer does the Welsh driver enjoy visiting most, and why?",
        "zc_pharmacy_rural_round",
        ["Mrs Pryce at Cwm"],
    ),
    (
        "Why is the delivery round about more than just medicine for some patients?",
        "zc_pharmacy_rural_round",
        ["For some of them"],
    ),
    # zc_pharmacy_city_round
    (
        "Why are there more pharmacy deliveries on Fridays in Leicester?",
        "zc_pharmacy_city_round",
        ["Around 70 on a"],
    ),
    (
        "Why did the city pharmacy swap its van for a cargo bike?",
        "zc_pharmacy_city_round",
        ["The van sat in"],
    ),
    (
        "How many bags can the bike carry on each trip?",
        "zc_pharmacy_city_round",
        ["It takes about 25"],
    ),
    ("What is the pharmacy van still used for?", "zc_pharmacy_city_round", ["And the van still"]),
    (
        "Where does Tom refuse to follow the routing app and why?",
        "zc_pharmacy_city_round",
        ["An app does it", "It sends me across"],
    ),
    (
        "What is required when handing over controlled medicines?",
        "zc_pharmacy_city_round",
        ["For controlled drugs we"],
    ),
    (
        "What delivery mix-up happened with the street names?",
        "zc_pharmacy_city_round",
        ["Once I delivered to"],
    ),
    (
        "What change was made to the labels after the wrong address incident?",
        "zc_pharmacy_city_round",
        ["Since then the label"],
    ),
    (
        "Why did the pharmacy scrap its charge for same-day delivery?",
        "zc_pharmacy_city_round",
        ["We used to charge"],
    ),
    (
        "What does one regular customer give the courier every week?",
        "zc_pharmacy_city_round",
        ["One man gives me"],
    ),
    # zc_care_home_open_visiting
    (
        "When did Elm Lodge stop asking families to make appointments to visit?",
        "zc_care_home_open_visiting",
        ["We stopped booking in"],
    ),
    (
        "What hours can relatives visit the Harrogate care home?",
        "zc_care_home_open_visiting",
        ["Now families come any"],
    ),
    (
        "Why were late evening visits dropped?",
        "zc_care_home_open_visiting",
        ["We tried open evenings"],
    ),
    (
        "How many visitors can be in a resident's room at once at Elm Lodge?",
        "zc_care_home_open_visiting",
        ["We allow four in"],
    ),
    (
        "Can visitors bring a dog to the care home, and what are the conditions?",
        "zc_care_home_open_visiting",
        ["Dogs too, as long"],
    ),
    (
        "Why is it a bad idea to turn up around midday?",
        "zc_care_home_open_visiting",
        ["Meals are at half"],
    ),
    (
        "What did Lorraine suggest to the caller who can only visit her father at lunch?",
        "zc_care_home_open_visiting",
        ["Then ask the staff"],
    ),
    (
        "When is the caller going to speak to her dad's care home?",
        "zc_care_home_open_visiting",
        ["I'll ask them on"],
    ),
    (
        "What should you take along the first time you visit someone in a home?",
        "zc_care_home_open_visiting",
        ["Bring something from home"],
    ),
    (
        "How many grandchildren does the caller's father have?",
        "zc_care_home_open_visiting",
        ["He has six grandchildren"],
    ),
    # zc_care_home_garden_visits
    (
        "When did the visiting garden at Birchfield House open?",
        "zc_care_home_garden_visits",
        ["It opened last June."],
    ),
    (
        "How much money did the families raise for the garden?",
        "zc_care_home_garden_visits",
        ["A sponsored walk raised"],
    ),
    (
        "How far did Jenny walk for the fundraiser?",
        "zc_care_home_garden_visits",
        ["Twelve miles along the"],
    ),
    (
        "Why did the care home go for a garden instead of a lounge?",
        "zc_care_home_garden_visits",
        ["But residents with dementia"],
    ),
    (
        "How is Jenny's mother different in the garden compared with inside?",
        "zc_care_home_garden_visits",
        ["Indoors she asks for"],
    ),
    (
        "What happens to the produce they harvest on Sunday visits?",
        "zc_care_home_garden_visits",
        ["We water, we pick"],
    ),
    (
        "Where do the gardening activities go once it gets too cold outside?",
        "zc_care_home_garden_visits",
        ["After that we move"],
    ),
    (
        "What height should the raised beds have been?",
        "zc_care_home_garden_visits",
        ["We built them at"],
    ),
    (
        "Who is going to supply a hen house?",
        "zc_care_home_garden_visits",
        ["We've been promised a"],
    ),
    # zc_physio_knee_home_visit
    (
        "What did Alan manage yesterday that showed his knee was improving?",
        "zc_physio_knee_home_visit",
        ["I managed the stairs"],
    ),
    (
        "How far could the knee bend at this appointment?",
        "zc_physio_knee_home_visit",
        ["That's 95 degrees."],
    ),
    (
        "What amount of knee bend is the target and why does it matter?",
        "zc_physio_knee_home_visit",
        ["At least 110 by"],
    ),
    (
        "What should be done about the low armchair for now?",
        "zc_physio_knee_home_visit",
        ["Put a firm cushion"],
    ),
    (
        "Why had the patient stopped doing his heel slides?",
        "zc_physio_knee_home_visit",
        ["They hurt more than"],
    ),
    (
        "Which kind of knee pain means he should stop exercising?",
        "zc_physio_knee_home_visit",
        ["A sharp pain at"],
    ),
    (
        "How should he use his son's exercise bike?",
        "zc_physio_knee_home_visit",
        ["Yes, but no resistance", "Ten minutes a day"],
    ),
    (
        "When do most knee replacement patients get back behind the wheel?",
        "zc_physio_knee_home_visit",
        ["That's really for your"],
    ),
    (
        "When could Alan play a whole round of golf again?",
        "zc_physio_knee_home_visit",
        ["A full round, not"],
    ),
    # zc_physio_frozen_shoulder
    (
        "Who is the extra person sitting in on Maria's physio session?",
        "zc_physio_frozen_shoulder",
        ["This is Ben, he's"],
    ),
    (
        "How did Maria's shoulder first get stuck?",
        "zc_physio_frozen_shoulder",
        ["I was reaching into"],
    ),
    (
        "How long did the steroid injection relieve her shoulder?",
        "zc_physio_frozen_shoulder",
        ["It helped for about"],
    ),
    (
        "Why didn't the injection cure the frozen shoulder?",
        "zc_physio_frozen_shoulder",
        ["The injection calms the"],
    ),
    (
        "How long does a frozen shoulder usually take to get better?",
        "zc_physio_frozen_shoulder",
        ["Most people recover within"],
    ),
    (
        "What does the six month figure Maria was given actually refer to?",
        "zc_physio_frozen_shoulder",
        ["Six months is the"],
    ),
    (
        "What was Maria doing wrong in the towel stretch?",
        "zc_physio_frozen_shoulder",
        ["Good, but you're shrugging."],
    ),
    (
        "Which yoga positions should she avoid with her shoulder?",
        "zc_physio_frozen_shoulder",
        ["Skip anything where you"],
    ),
    (
        "When should ice be used rather than heat on the shoulder?",
        "zc_physio_frozen_shoulder",
        ["Ice only if it's"],
    ),
    (
        "How long should she warm the shoulder before stretching?",
        "zc_physio_frozen_shoulder",
        ["Heat before the stretches"],
    ),
    # zc_optician_child_first_glasses
    (
        "What made the mother bring her son for an eye test?",
        "zc_optician_child_first_glasses",
        ["His teacher said he"],
    ),
    (
        "What is Leo's prescription?",
        "zc_optician_child_first_glasses",
        ["Leo is short-sighted, about"],
    ),
    (
        "When does the boy need to put his glasses on?",
        "zc_optician_child_first_glasses",
        ["Just for school and"],
    ),
    (
        "How much would a designer frame cost on top of the voucher?",
        "zc_optician_child_first_glasses",
        ["If he wants one"],
    ),
    (
        "Do the blue frames the child wants cost anything?",
        "zc_optician_child_first_glasses",
        ["The blue ones are"],
    ),
    (
        "How much are the lenses that might slow down short sight getting worse?",
        "zc_optician_child_first_glasses",
        ["There are special lenses"],
    ),
    (
        "What did the parent decide about the myopia control lenses?",
        "zc_optician_child_first_glasses",
        ["Let's start with normal"],
    ),
    (
        "When does the optician want to recheck the child's eyes?",
        "zc_optician_child_first_glasses",
        ["I'd like to see"],
    ),
    (
        "How soon will the children's glasses be ready to collect?",
        "zc_optician_child_first_glasses",
        ["They'll be ready in"],
    ),
    # zc_optician_varifocal_return
    (
        "When did Mr Hughes collect his new varifocals?",
        "zc_optician_varifocal_return",
        ["Hello, I picked up"],
    ),
    (
        "What did he wear for reading before varifocals?",
        "zc_optician_varifocal_return",
        ["Before, I had separate"],
    ),
    (
        "Why do steps look fuzzy through varifocal lenses?",
        "zc_optician_varifocal_return",
        ["The bottom of the"],
    ),
    (
        "What trick helps with going down stairs in varifocals?",
        "zc_optician_varifocal_return",
        ["Tip your chin down"],
    ),
    (
        "How long do people normally need to get used to varifocals?",
        "zc_optician_varifocal_return",
        ["Most people adjust within"],
    ),
    (
        "What was wrong with the way his glasses were fitted?",
        "zc_optician_varifocal_return",
        ["Yes, they're sitting low"],
    ),
    (
        "How much time does the customer spend at a computer each day?",
        "zc_optician_varifocal_return",
        ["Eight hours, two screens."],
    ),
    (
        "What discount is offered on a second pair of glasses for the office?",
        "zc_optician_varifocal_return",
        ["We'd take 30% off"],
    ),
    (
        "What happens if he still can't get on with the varifocals after adjustment?",
        "zc_optician_varifocal_return",
        ["Our adaptation guarantee lasts"],
    ),
    (
        "When should he come back to the opticians?",
        "zc_optician_varifocal_return",
        ["Come back next Friday"],
    ),
    # zc_hearing_aid_first_fitting
    (
        "What will things sound like when the hearing aids are first turned on?",
        "zc_hearing_aid_first_fitting",
        ["I'm going to switch"],
    ),
    (
        "Why does it take weeks to get used to new hearing aids?",
        "zc_hearing_aid_first_fitting",
        ["Your brain hasn't heard"],
    ),
    (
        "How many hours a day should Mrs Okafor use the aids at first?",
        "zc_hearing_aid_first_fitting",
        ["Start with about four"],
    ),
    (
        "What is the daughter's biggest concern about her mother's hearing?",
        "zc_hearing_aid_first_fitting",
        ["Mum's main problem is"],
    ),
    (
        "How will phone calls work with the new hearing aids?",
        "zc_hearing_aid_first_fitting",
        ["These can connect to"],
    ),
    (
        "How long do the rechargeable aids run on one charge?",
        "zc_hearing_aid_first_fitting",
        ["A full charge lasts"],
    ),
    (
        "How often do the wax guards need replacing?",
        "zc_hearing_aid_first_fitting",
        ["Wipe them each evening"],
    ),
    (
        "How can she hear better at church services?",
        "zc_hearing_aid_first_fitting",
        ["If your church has"],
    ),
    (
        "When is the appointment to fine-tune the new aids?",
        "zc_hearing_aid_first_fitting",
        ["I'll see you again"],
    ),
    # zc_hearing_aid_review
    (
        "Where is Mr Bell struggling to hear with his aids?",
        "zc_hearing_aid_review",
        ["At home they're grand"],
    ),
    ("How many people are in his quiz team?", "zc_hearing_aid_review", ["Five of us, round"]),
    ("What does the extra setting for noisy places do?", "zc_hearing_aid_review", ["I can add a"]),
    (
        "Where should he position himself in the pub?",
        "zc_hearing_aid_review",
        ["Sit with your back"],
    ),
    (
        "Has his ear ringing changed since he got hearing aids?",
        "zc_hearing_aid_review",
        ["It's actually better.", "With the aids in"],
    ),
    (
        "What sounds do some people use at bedtime for tinnitus?",
        "zc_hearing_aid_review",
        ["At night, some people"],
    ),
    (
        "Why can the rain sounds only go through the aids for about an hour?",
        "zc_hearing_aid_review",
        ["It can stream through"],
    ),
    (
        "How will the audiologist stop the left aid whistling?",
        "zc_hearing_aid_review",
        ["The dome may be", "I'll try the next"],
    ),
    (
        "How much does Mr Bell pay for his hearing aids and repairs?",
        "zc_hearing_aid_review",
        ["These are through the"],
    ),
    (
        "Why might his brother's hearing aids have been so expensive?",
        "zc_hearing_aid_review",
        ["Your brother probably went"],
    ),
    # zc_peer_support_carers
    (
        "When and where does the carers' group get together?",
        "zc_peer_support_carers",
        ["We meet on the"],
    ),
    ("Who is the new member caring for?", "zc_peer_support_carers", ["I look after my"]),
    ("How did Asha hear about the carers' group?", "zc_peer_support_carers", ["A friend told me"]),
    (
        "Why is Dave's mum going into a home for a week?",
        "zc_peer_support_carers",
        ["She's going to a"],
    ),
    (
        "How long did it take to get respite care sorted through the council?",
        "zc_peer_support_carers",
        ["It took eleven weeks"],
    ),
    ("What worries Asha most at night?", "zc_peer_support_carers", ["He gets up three"]),
    (
        "What gadget helped Dave cope with his mother getting up at night?",
        "zc_peer_support_carers",
        ["A sensor mat by"],
    ),
    (
        "Where did the bed alarm come from and did it cost anything?",
        "zc_peer_support_carers",
        ["The occupational therapist sorted"],
    ),
    (
        "Where did Dave sleep before he had the alarm?",
        "zc_peer_support_carers",
        ["Before that I was"],
    ),
    (
        "What is the topic of next month's carers' meeting?",
        "zc_peer_support_carers",
        ["Next month there's a"],
    ),
    # zc_peer_support_stroke_cafe
    (
        "Why did Patrick decide to hold the stroke group in a café?",
        "zc_peer_support_stroke_cafe",
        ["After my stroke in", "I wanted somewhere normal"],
    ),
    (
        "How many people go to the stroke group these days?",
        "zc_peer_support_stroke_cafe",
        ["Now it's between 15"],
    ),
    ("Who told Jo about the group?", "zc_peer_support_stroke_cafe", ["My speech therapist gave"]),
    (
        "Why did Jo put off going for a couple of months?",
        "zc_peer_support_stroke_cafe",
        ["I didn't go for"],
    ),
    (
        "How long did Jo end up staying on her first visit?",
        "zc_peer_support_stroke_cafe",
        ["She stayed three hours."],
    ),
    (
        "What made the first session feel different for Jo?",
        "zc_peer_support_stroke_cafe",
        ["Nobody hurried me when"],
    ),
    (
        "Why does the café owner let the group have the back room without charge?",
        "zc_peer_support_stroke_cafe",
        ["The owner's father had"],
    ),
    (
        "What does the founder say about professionals being in charge of a group?",
        "zc_peer_support_stroke_cafe",
        ["Keep it small at"],
    ),
    (
        "What practical lesson did they learn about the venue's facilities?",
        "zc_peer_support_stroke_cafe",
        ["And make sure the"],
    ),
    (
        "What role does Jo have in the group now?",
        "zc_peer_support_stroke_cafe",
        ["That's all I promised"],
    ),
]
