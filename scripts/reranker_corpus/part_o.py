"""Organisation meetings: ward handovers, warehouse briefings, kitchen meetings, trustees, newsrooms, wedding venue calls, conference committees  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "o_ward_handover_night": {
        "turns": [
            (
                "sister",
                "Morning everyone, let's start the handover for Ward 7. Priya, you had the night, so take us through it bay by bay.",
            ),
            (
                "night_nurse",
                "Thanks. It was a busy one, we had two admissions after midnight from A&E and one discharge that fell through.",
            ),
            ("day_nurse", "Which discharge was that?"),
            (
                "night_nurse",
                "Mr Okafor in bed 4. His transport never turned up, so he's still with us and the family will collect him at ten instead.",
            ),
            (
                "sister",
                "Right. Make sure his medication bag is ready before then, pharmacy closes the hatch at half nine on Saturdays.",
            ),
            (
                "night_nurse",
                "Bay B is the one to watch. The lady in bed 9, Mrs Hartley, had her hip replaced yesterday and her blood pressure dropped to 85 over 50 around 3 am.",
            ),
            ("day_nurse", "What did the doctor do about it?"),
            (
                "night_nurse",
                "The registrar gave her a fluid bolus of 500 millilitres and it came back up within the hour. She's on hourly observations until lunchtime.",
            ),
            ("day_nurse", "Okay. And the new admissions?"),
            (
                "night_nurse",
                "Both are in Bay C. One is a young man with appendicitis who is first on the theatre list, so he's been nil by mouth since midnight. The other is an 82 year old who fell at home, and she's quite confused, so we've put her on a falls alarm mat.",
            ),
            ("sister", "Does she have any family we can call?"),
            ("night_nurse", "A son in Leeds. I left a message but he hasn't rung back yet."),
            ("day_nurse", "I'll try him again after the drug round."),
            ("sister", "Good. Anything else from the night?"),
            (
                "night_nurse",
                "Just that the drugs fridge alarm went off twice. Estates think the door seal is worn, and they've promised an engineer by Monday.",
            ),
            (
                "sister",
                "Exactly the kind of thing that gets forgotten. I'll log it as an incident so it doesn't slip. Thanks Priya, go home and sleep.",
            ),
        ],
    },
    "o_ward_handover_children": {
        "turns": [
            (
                "night_nurse",
                "Evening. I'm taking over from you on the children's ward, so what have we got tonight?",
            ),
            (
                "day_nurse",
                "Twelve beds full and one cot free. The main thing is the little boy in cubicle 2, Alfie, who's three and came in this morning with bronchiolitis.",
            ),
            ("night_nurse", "How is his breathing now?"),
            (
                "day_nurse",
                "Better than at lunchtime. His oxygen was sitting at 89% so we started him on high flow, and he's been at 95 or 96 since about four o'clock.",
            ),
            ("night_nurse", "Is he feeding?"),
            (
                "day_nurse",
                "Not much. He's taking maybe 30 mils at a time, so we put a feeding tube down this afternoon and mum was fine with that.",
            ),
            ("night_nurse", "Is mum staying over?"),
            (
                "day_nurse",
                "Yes, she's on the fold-out bed, but dad has to go home to the other two children.",
            ),
            ("night_nurse", "Okay. Anyone else I should worry about?"),
            (
                "day_nurse",
                "The teenager in bed 6, Maya, is diabetic and came in with high ketones on Tuesday. She's off the insulin drip now and back on injections, but she forgot her evening dose at home twice last week, so please watch she actually takes it at eight.",
            ),
            ("night_nurse", "Got it. Is the diabetes team seeing her?"),
            ("day_nurse", "Tomorrow at nine. They want to talk about switching her to a pump."),
            ("night_nurse", "Good. What about staffing tonight, are we still short?"),
            (
                "day_nurse",
                "We were, but the bank office found someone. A nurse called Tom is coming from the surgical ward at 10 pm, so you'll be on your own with the healthcare assistant for the first couple of hours.",
            ),
            ("night_nurse", "That's tight. I'd rather not take any admissions before ten then."),
            (
                "day_nurse",
                "I agree. I've already told the bed manager to ring you first before sending anyone up.",
            ),
            ("night_nurse", "Perfect, thanks. Go and enjoy your weekend."),
        ],
    },
    "o_warehouse_forklift_briefing": {
        "turns": [
            (
                "supervisor",
                "Right, gather round, this is the Monday safety briefing and it'll take ten minutes. First item is the near miss on Thursday in aisle 14.",
            ),
            ("worker", "Is that the one with the pallet?"),
            (
                "supervisor",
                "That's the one. A forklift was reversing out of the aisle and a picker stepped out from behind the racking without looking. They missed each other by about a metre.",
            ),
            ("driver", "To be fair, the reversing beeper on truck 6 has been quiet for weeks."),
            (
                "supervisor",
                "You're right, and that's on us. It's been replaced as of Saturday, and every truck now has a blue spot light that shines on the floor behind it.",
            ),
            ("worker", "What are we supposed to do differently on foot?"),
            (
                "supervisor",
                "From today, pickers use the green walkways only, and you stop and look at every aisle end. Anyone caught cutting through the loading lanes gets a written warning.",
            ),
            ("worker", "That's a bit harsh for a first time."),
            (
                "supervisor",
                "Maybe, but a truck with a full load weighs over four tonnes. I'd rather give a warning than fill in an accident report.",
            ),
            ("driver", "Can we slow the trucks down as well?"),
            (
                "supervisor",
                "Yes. The speed limit inside is dropping from 10 to 8 kilometres an hour, and the trucks will be set to cap it automatically by the end of the month.",
            ),
            ("driver", "Drivers won't love that during the Christmas peak."),
            (
                "supervisor",
                "I know, but management agreed we'll add two extra drivers on the late shift to make up for it.",
            ),
            ("worker", "And hi-vis? Some of the agency lads don't have any."),
            (
                "supervisor",
                "Good point. There's a box of 50 new vests in the office, so send anyone without one to me before they go on the floor.",
            ),
            ("worker", "Okay."),
            (
                "supervisor",
                "Last thing, the fire drill is Wednesday at 2 pm, assemble at point B by the gatehouse. That's it, thanks everyone.",
            ),
        ],
    },
    "o_warehouse_heat_briefing": {
        "turns": [
            (
                "manager",
                "Morning all. Two things today, the heatwave and the new mezzanine racking. Let's start with the heat, because it's forecast to hit 34 degrees by Thursday.",
            ),
            ("picker", "It was already 31 inside the dispatch area yesterday afternoon."),
            (
                "manager",
                "I believe it. So for the rest of the week, breaks go up from 15 to 20 minutes, and there'll be an extra one at three o'clock.",
            ),
            ("rep", "Can I add something? The water cooler by dock 3 has been empty since Friday."),
            (
                "manager",
                "Thanks, I didn't know that. We've ordered a mains-fed one for the dock, and until it arrives there are crates of bottled water in the canteen, free of course.",
            ),
            ("picker", "What about the shutters? Can we keep them open?"),
            (
                "manager",
                "During the day, yes, but they must be down after 8 pm because of security.",
            ),
            ("rep", "Members have also asked about shorts. The rule says long trousers."),
            (
                "manager",
                "Shorts are fine this week, as long as you're wearing your safety boots. Nobody in trainers, please.",
            ),
            ("picker", "Fair enough."),
            (
                "manager",
                "Now the mezzanine. The new racking upstairs is finished, but it isn't signed off by the inspector until Friday the 14th.",
            ),
            ("rep", "So nobody goes up there before that?"),
            (
                "manager",
                "Correct. It's taped off, and the stair gate is locked. Only the installers have the key.",
            ),
            ("picker", "How much weight can the shelves up there take?"),
            (
                "manager",
                "Each level is rated at 500 kilos, and the load signs will be on every bay. Heavy stock like the paint tins stays downstairs regardless.",
            ),
            ("rep", "I'd like to walk round it with you before it opens, if that's okay."),
            (
                "manager",
                "Absolutely, let's do Thursday morning. Right, stay cool and drink plenty.",
            ),
        ],
    },
    "o_kitchen_menu_meeting": {
        "turns": [
            (
                "head_chef",
                "Okay team, quick meeting before service. The spring menu launches next Tuesday, so I want to go through the changes.",
            ),
            ("sous_chef", "Are we keeping the lamb?"),
            (
                "head_chef",
                "No, the lamb shoulder goes. It was taking six hours to braise and we only sold about 12 a week. It's being replaced with a hake dish with wild garlic and new potatoes.",
            ),
            ("front_of_house", "Guests will ask about the lamb, it had a following."),
            (
                "head_chef",
                "Then tell them it'll come back in the autumn. I'd rather lose it for a season than serve something we're rushing.",
            ),
            ("sous_chef", "Who's supplying the hake?"),
            (
                "head_chef",
                "Marlow's in Brixham. They land it on Monday and Thursday, so deliveries come those two mornings before nine.",
            ),
            (
                "front_of_house",
                "What about allergens? Last time the menu changed, the allergen folder was out of date for a week.",
            ),
            (
                "head_chef",
                "That's fair, and it won't happen again. Dan, you'll update the matrix on Sunday and I'll sign it off before we open on Tuesday.",
            ),
            ("sous_chef", "Fine by me."),
            ("front_of_house", "And the vegan main?"),
            (
                "head_chef",
                "A barley risotto with roasted squash. It's cheap to make, about £3 a plate, and we'll sell it at £17.",
            ),
            (
                "sous_chef",
                "Honestly, I think the risotto is too heavy for spring. I'd do a pea and mint version instead.",
            ),
            ("head_chef", "Let's test both on Saturday and let the staff vote at family meal."),
            ("front_of_house", "Do we need to do a tasting for the servers?"),
            (
                "head_chef",
                "Yes, Monday at 4, everybody tastes every dish. If you can't describe it, you can't sell it.",
            ),
        ],
    },
    "o_kitchen_inspection_meeting": {
        "turns": [
            (
                "owner",
                "Thanks for staying late. You've all heard that the inspector came on Wednesday, and we've dropped from a five to a three.",
            ),
            ("head_chef", "A three. I still can't believe it."),
            (
                "owner",
                "Me neither, but the report is fair. There were three main problems, and I want us to fix every one before the re-visit.",
            ),
            ("porter", "What were they?"),
            (
                "owner",
                "First, the walk-in fridge was at 9 degrees when she checked, and it should be under 5. Second, we had no written temperature logs for the last fortnight. Third, there was a gap under the back door that mice could get through.",
            ),
            (
                "head_chef",
                "The fridge has been struggling for months. I've asked for it to be serviced twice.",
            ),
            (
                "owner",
                "I know, and I should have listened. The engineer is booked for Friday, and if it can't be fixed we'll replace it, whatever it costs.",
            ),
            ("porter", "I can sort the door. A brush strip is about £20 from the hardware shop."),
            ("owner", "Great, do that tomorrow morning."),
            (
                "head_chef",
                "For the logs, I'd like to go digital. There are probes that send readings to a phone every 15 minutes.",
            ),
            ("owner", "How much are they?"),
            ("head_chef", "Around £400 for the set, plus a small monthly fee."),
            ("owner", "Do it. That's cheaper than losing customers over a three on the door."),
            ("porter", "When can we ask her to come back?"),
            (
                "owner",
                "We can request a re-rating after three months, so the earliest is mid-June. Until then, I'll do a spot check every Monday myself.",
            ),
            ("head_chef", "Sounds good."),
        ],
    },
    "o_trustees_food_bank_budget": {
        "turns": [
            (
                "chair",
                "Good evening, and welcome to the quarterly board meeting of the Eastfield Food Bank. We're quorate with six trustees. First item is the finances, over to you, Graham.",
            ),
            (
                "treasurer",
                "Thank you. The headline is that demand is up 40% on last year, and we gave out just over 9,000 parcels in the twelve months to March.",
            ),
            ("trustee", "And income?"),
            (
                "treasurer",
                "Income didn't keep pace. We raised £112,000, but spent £131,000, so we ran a deficit of about £19,000, which came out of reserves.",
            ),
            ("chair", "How many months of reserves do we have left?"),
            (
                "treasurer",
                "About four months of running costs. Our policy says we should keep six.",
            ),
            ("trustee", "That worries me. If the warehouse rent goes up again we're in trouble."),
            ("chair", "It does go up in October, by 8%. So we need a plan tonight."),
            (
                "treasurer",
                "I'd propose we apply to the Lottery community fund. They offer up to £50,000 over two years, and the deadline is the 30th of June.",
            ),
            ("trustee", "Who would write the bid?"),
            ("treasurer", "Sarah has offered. She wrote our successful council bid in 2022."),
            (
                "trustee",
                "I'd also like us to look at a regular giving scheme. Even 200 people giving £5 a month would be £12,000 a year.",
            ),
            (
                "chair",
                "I like that, but it needs someone to run it, and our volunteers are stretched.",
            ),
            (
                "trustee",
                "Then let's pilot it through the churches first, they already collect for us.",
            ),
            (
                "chair",
                "Fine. Can we vote on both? All in favour of the Lottery bid and the giving pilot?",
            ),
            ("trustee", "Agreed."),
            ("chair", "Carried unanimously. Next item is safeguarding."),
        ],
    },
    "o_trustees_animal_rescue": {
        "turns": [
            (
                "chair",
                "Let's begin. This is an extraordinary meeting of the Hollow Lane Animal Rescue trustees, called because Margaret is stepping down as treasurer at the end of May.",
            ),
            ("secretary", "For the minutes, apologies from Ian, who is abroad."),
            ("trustee", "Can I ask why Margaret is leaving? She's been brilliant."),
            (
                "chair",
                "She's moving to Cornwall to be near her daughter. She'll stay on as a volunteer for the accounts handover, so we have some time.",
            ),
            (
                "secretary",
                "We've had two expressions of interest for the role. One is Neil Bright, a retired bank manager, and the other is Amina Yusuf, who runs the finance team at a housing association.",
            ),
            ("trustee", "Have either of them been involved with the rescue before?"),
            (
                "secretary",
                "Amina has fostered cats for us for three years. Neil hasn't, but he's the treasurer of his golf club.",
            ),
            (
                "trustee",
                "My vote would go to Amina. She knows the charity and she's used to charity accounting rules.",
            ),
            (
                "chair",
                "I lean the same way, but I'd like us to interview both properly. Let's do short interviews on the 12th, with me and two others.",
            ),
            ("secretary", "I can join that panel."),
            (
                "chair",
                "Thank you. The second item is good news. We've been left a legacy of £75,000 by a supporter, Mr Davies, who adopted two dogs from us.",
            ),
            ("trustee", "That's wonderful. Is it restricted?"),
            (
                "chair",
                "He asked that it go towards the kennels. The roof on the old block leaks, and the quote to replace it was £60,000.",
            ),
            ("trustee", "Then that's the obvious use. And the leftover 15?"),
            ("chair", "I suggest a plaque in his name and the rest to vet bills."),
            ("secretary", "Noted. Shall I draft a letter of thanks to his family?"),
            ("chair", "Please do, and I'll sign it."),
        ],
    },
    "o_newsroom_morning_conference": {
        "turns": [
            (
                "editor",
                "Morning. Let's be quick, we've got the print deadline at 6 tonight. Lucy, what's leading?",
            ),
            (
                "news_editor",
                "The hospital story. The trust has confirmed the maternity unit at St Anne's will close for three months from September because they can't recruit midwives.",
            ),
            ("editor", "Is that on the record?"),
            (
                "news_editor",
                "Yes, the chief executive said it in a statement at 8 this morning. We're the first to have the staffing figures though, 22 midwife posts empty out of 70.",
            ),
            ("editor", "Good, that's our splash. Who's writing it?"),
            (
                "reporter",
                "Me. I've got a mother who gave birth there last year and is happy to be named, and a midwife who wants to stay anonymous.",
            ),
            ("editor", "I'm uneasy about the anonymous one. Why does she need it?"),
            (
                "reporter",
                "She thinks she'd be disciplined. I've checked her ID badge and payslip, so I'm sure she's genuine.",
            ),
            (
                "editor",
                "Okay, use her, but keep her quotes factual, no opinions about named managers.",
            ),
            (
                "news_editor",
                "The second story is the flooding on the Riverside estate. About 40 homes were hit on Sunday night.",
            ),
            ("editor", "We ran that yesterday online. What's new?"),
            (
                "news_editor",
                "The council has now admitted the drain was reported blocked in March and never cleared.",
            ),
            (
                "editor",
                "That's a proper follow-up, put it on page 3 with the pictures from Sunday.",
            ),
            ("reporter", "What about the council leader? He hasn't replied to us."),
            (
                "editor",
                "Give him until 3 pm, then say he didn't respond. Right, anything else? No? Thanks all.",
            ),
        ],
    },
    "o_newsroom_election_planning": {
        "turns": [
            (
                "editor",
                "This meeting is just about the council elections on May 2nd. I want a plan for results night and the run-up. Ravi, start with the politics side.",
            ),
            (
                "politics",
                "There are 48 seats and the Independents need to gain five to take control. I'd like to do profiles of the three closest wards in the fortnight before.",
            ),
            ("editor", "Which ones?"),
            ("politics", "Northgate, Millbrook and Castle. Castle was won by 11 votes last time."),
            ("editor", "Eleven? That's the one to watch then."),
            (
                "digital",
                "For the night itself, I want a live blog running from when polls close at 10 until the last declaration.",
            ),
            ("editor", "When is the count?"),
            (
                "politics",
                "Not overnight, sadly. They're counting on Friday morning at the leisure centre, starting at 9.",
            ),
            (
                "digital",
                "That's actually better for us. More people read on a Friday morning than at 3 am.",
            ),
            ("editor", "Fair. How many people do we need at the count?"),
            (
                "politics",
                "Three. Me inside, a photographer, and someone doing short videos for social media.",
            ),
            (
                "digital",
                "I'd also like an interactive results map on the website, updated as each ward declares.",
            ),
            ("editor", "Can we build it in time?"),
            ("digital", "Our developer says two weeks, so yes, if she starts by the 15th."),
            (
                "editor",
                "Do it. One warning, though. During the campaign, every candidate interview gets a right of reply from the other parties, same day. I don't want complaints about bias.",
            ),
            ("politics", "Understood. And the print edition?"),
            ("editor", "We'll hold the Saturday paper until 2 pm so the full results make it in."),
        ],
    },
    "o_wedding_barn_venue_call": {
        "turns": [
            ("coordinator", "Hello, Oakridge Barn, this is Fiona speaking."),
            (
                "bride",
                "Hi Fiona, it's Hannah Price, we've got the wedding on the 21st of September. My fiancé Josh is on the line too.",
            ),
            ("groom", "Hello."),
            ("coordinator", "Lovely to hear from you both. What can I help with?"),
            (
                "bride",
                "A few things. First, the numbers. We told you 90 for the day, but it's now looking like 104.",
            ),
            (
                "coordinator",
                "That's fine for the barn itself, it seats up to 120. The only change is we'd need a second long table, so the top table moves to the far end by the windows.",
            ),
            ("groom", "Does that affect the price?"),
            (
                "coordinator",
                "The hire fee stays the same. The catering goes up per head, so it's an extra 14 guests at £68 each.",
            ),
            ("bride", "Okay, we expected that. Second thing, can we have the ceremony outside?"),
            (
                "coordinator",
                "Yes, in the orchard, but we always keep the barn set up as a backup. The decision on the weather is made at 10 am on the day, together with you.",
            ),
            ("groom", "What about music? Our band finishes late."),
            (
                "coordinator",
                "Amplified music has to stop at 11.30, because of our licence and the neighbours. After that you can carry on with a quiet playlist until midnight.",
            ),
            ("groom", "That's earlier than we hoped."),
            (
                "coordinator",
                "I understand. Lots of couples move the first dance earlier, to around 8, so the band gets a full set.",
            ),
            ("bride", "Last question, when is the final payment due?"),
            (
                "coordinator",
                "Six weeks before, so the 10th of August. I'll email the updated invoice today.",
            ),
        ],
    },
    "o_wedding_hotel_date_change": {
        "turns": [
            ("events_manager", "Good afternoon, Harbour View Hotel events team, Marcus speaking."),
            (
                "caller",
                "Hi Marcus, it's Daniel Reyes. We've booked the Lighthouse Suite for our wedding on the 14th of June, but I'm afraid we need to move it.",
            ),
            ("events_manager", "I'm sorry to hear that. Can I ask what's happened?"),
            (
                "caller",
                "My partner's brother is a soldier and he's been posted overseas until July. We don't want to do it without him.",
            ),
            (
                "events_manager",
                "Completely understandable. Let me look at the diary. For the suite, I have Saturday the 16th of August or Friday the 5th of September.",
            ),
            ("caller", "What's the difference in cost?"),
            (
                "events_manager",
                "August is peak season, so the room hire is £800 more. The Friday in September is actually £1,200 cheaper than your original booking.",
            ),
            ("caller", "My mum is here with me, she's helping pay for it. Mum?"),
            (
                "mother",
                "Hello. I'd go for the Friday, honestly. Half the guests are retired, they can come any day.",
            ),
            ("caller", "And what happens to our deposit?"),
            (
                "events_manager",
                "Your £2,500 deposit transfers across in full, because you've given us more than three months' notice. There's no admin charge for the first date change.",
            ),
            ("mother", "That's a relief. What about the bedrooms for guests? We had 20 on hold."),
            (
                "events_manager",
                "I can hold 20 for the 5th as well, at the same group rate of £135 a night. Guests need to book them by the end of July, after that they go back on general sale.",
            ),
            ("caller", "Great. Can we keep the same menu?"),
            (
                "events_manager",
                "Mostly. The sea bass starter depends on the season, so chef may suggest crab instead in September.",
            ),
            ("caller", "Crab is fine. Let's go for the Friday then."),
            ("events_manager", "Perfect, I'll send a new contract tonight for you both to sign."),
        ],
    },
    "o_conference_venue_committee": {
        "turns": [
            (
                "chair",
                "Okay, let's get going. This is the third meeting of the organising committee for next year's Northern Librarians Conference, and tonight we have to choose the venue.",
            ),
            ("member", "We've narrowed it to two, haven't we?"),
            (
                "chair",
                "Yes, the university campus in Durham and the Crown Hotel in York. Priya visited both last week.",
            ),
            (
                "member",
                "I did. Durham has a lecture theatre for 300 and six seminar rooms, and it's available in the first week of July, after the students leave.",
            ),
            ("treasurer", "And the cost?"),
            (
                "member",
                "Around £18,000 for two days, including lunch and coffee. The Crown quoted £27,000.",
            ),
            ("treasurer", "That's a big gap. Our budget for the venue is 20."),
            ("chair", "What did you think of the Crown, though?"),
            (
                "member",
                "It's lovely, and it's a five minute walk from the station. Durham is a 20 minute bus ride, which matters for people coming by train.",
            ),
            ("treasurer", "Could we lay on a shuttle bus?"),
            ("member", "The university said they could arrange one for about £600 a day."),
            ("chair", "So Durham with a shuttle is still well under budget. Any objections?"),
            (
                "treasurer",
                "Only that student accommodation is basic. Some delegates will expect a hotel.",
            ),
            (
                "member",
                "They offered us 150 rooms in the new halls at £55 a night, all with private bathrooms, so I don't think that's a problem.",
            ),
            ("chair", "Then I propose Durham. Can we agree?"),
            ("treasurer", "Agreed."),
            (
                "chair",
                "Great. I'll sign the booking form on Monday, and we'll announce the dates in the spring newsletter.",
            ),
        ],
    },
    "o_conference_programme_committee": {
        "turns": [
            (
                "chair",
                "Welcome back, everyone. Tonight is about the programme and the ticket prices for the Coastal Ecology Conference in Plymouth. Jo, how are the speakers looking?",
            ),
            (
                "programme_lead",
                "Good, mostly. We had 64 abstracts submitted and the review panel accepted 30 talks and 20 posters.",
            ),
            ("chair", "And the keynote?"),
            (
                "programme_lead",
                "Dr Helen Marsh has said yes. She led the seagrass restoration project in the Solent, and she's agreed to speak on the opening morning.",
            ),
            ("finance", "Is she asking for a fee?"),
            (
                "programme_lead",
                "No fee, just travel and one night in a hotel. The second keynote is still open because our first choice pulled out last week.",
            ),
            ("chair", "Why did he pull out?"),
            (
                "programme_lead",
                "He's been invited to a government panel that same week. I've asked two others and should hear by Friday.",
            ),
            ("chair", "Fine. Now ticket prices. Tom?"),
            (
                "finance",
                "I've costed it at £240 for a full two-day ticket, which covers us if we get at least 180 people. Last year we had 210.",
            ),
            ("programme_lead", "That's more than students can afford."),
            (
                "finance",
                "Agreed, so I'd like a student rate of £90, and 20 free places for people from low-income countries, funded by our sponsor.",
            ),
            ("chair", "Which sponsor is that?"),
            (
                "finance",
                "The marine trust has offered £5,000, which covers the free places and the poster prizes.",
            ),
            ("chair", "Good. What about early-bird pricing?"),
            (
                "finance",
                "£40 off until the end of March. It helps our cash flow, because the venue wants half upfront.",
            ),
            ("chair", "Sounds sensible. Let's open registration on the 1st of February."),
        ],
    },
}

QUESTIONS = [
    # o_ward_handover_night
    (
        "Why was the patient in bed 4 not sent home overnight?",
        "o_ward_handover_night",
        ["His transport never turned"],
    ),
    (
        "What time does the hospital pharmacy stop serving on a Saturday?",
        "o_ward_handover_night",
        ["Make sure his medication"],
    ),
    (
        "How low did the hip replacement patient's blood pressure go?",
        "o_ward_handover_night",
        ["The lady in bed"],
    ),
    (
        "How was the woman's low blood pressure treated in the night?",
        "o_ward_handover_night",
        ["The registrar gave her"],
    ),
    (
        "Why isn't the appendicitis patient allowed to eat?",
        "o_ward_handover_night",
        ["One is a young"],
    ),
    (
        "What was done to protect the confused elderly woman who had fallen?",
        "o_ward_handover_night",
        ["The other is an"],
    ),
    ("Who is going to phone the son in Leeds?", "o_ward_handover_night", ["I'll try him again"]),
    (
        "What seems to be wrong with the medicines fridge?",
        "o_ward_handover_night",
        ["Estates think the door"],
    ),
    (
        "How did the ward sister make sure the fridge fault wouldn't be forgotten?",
        "o_ward_handover_night",
        ["I'll log it as"],
    ),
    # o_ward_handover_children
    (
        "What illness was the three year old admitted with?",
        "o_ward_handover_children",
        ["The main thing is"],
    ),
    (
        "What were the toddler's oxygen readings before he went on high flow?",
        "o_ward_handover_children",
        ["His oxygen was sitting"],
    ),
    (
        "Why did the little boy need a tube for feeding?",
        "o_ward_handover_children",
        ["He's taking maybe 30"],
    ),
    (
        "Which parent is staying on the ward with Alfie?",
        "o_ward_handover_children",
        ["Yes, she's on the"],
    ),
    (
        "Why should the night nurse keep an eye on Maya's evening injection?",
        "o_ward_handover_children",
        ["She's off the insulin"],
    ),
    (
        "What will the diabetes specialists discuss with the teenager?",
        "o_ward_handover_children",
        ["They want to talk"],
    ),
    (
        "When does the extra agency nurse turn up for the night shift?",
        "o_ward_handover_children",
        ["A nurse called Tom"],
    ),
    (
        "What did the night nurse want to avoid until more staff arrived?",
        "o_ward_handover_children",
        ["I'd rather not take"],
    ),
    (
        "What has the bed manager been asked to do?",
        "o_ward_handover_children",
        ["I've already told the"],
    ),
    # o_warehouse_forklift_briefing
    (
        "Where in the warehouse did the near miss take place?",
        "o_warehouse_forklift_briefing",
        ["First item is the"],
    ),
    (
        "How close did the forklift come to hitting the picker?",
        "o_warehouse_forklift_briefing",
        ["They missed each other"],
    ),
    (
        "What fault with a truck did the driver mention?",
        "o_warehouse_forklift_briefing",
        ["To be fair, the"],
    ),
    (
        "What extra warning light has been fitted to the forklifts?",
        "o_warehouse_forklift_briefing",
        ["It's been replaced as"],
    ),
    (
        "What happens to a picker who takes a shortcut through the loading lanes?",
        "o_warehouse_forklift_briefing",
        ["Anyone caught cutting through"],
    ),
    (
        "Who felt the disciplinary rule was too strict?",
        "o_warehouse_forklift_briefing",
        ["That's a bit harsh"],
    ),
    (
        "How fast will the trucks be allowed to go indoors from now on?",
        "o_warehouse_forklift_briefing",
        ["The speed limit inside"],
    ),
    (
        "How will the warehouse cope with slower trucks over Christmas?",
        "o_warehouse_forklift_briefing",
        ["I know, but management"],
    ),
    (
        "Where should staff gather during the fire drill?",
        "o_warehouse_forklift_briefing",
        ["Last thing, the fire"],
    ),
    # o_warehouse_heat_briefing
    (
        "How hot is it expected to get later in the week?",
        "o_warehouse_heat_briefing",
        ["Let's start with the"],
    ),
    (
        "What temperature was it in the dispatch area?",
        "o_warehouse_heat_briefing",
        ["It was already 31"],
    ),
    (
        "How are rest breaks changing during the heatwave?",
        "o_warehouse_heat_briefing",
        ["So for the rest"],
    ),
    (
        "What problem did the union rep raise about drinking water?",
        "o_warehouse_heat_briefing",
        ["The water cooler by"],
    ),
    (
        "Where can workers get a drink until the new cooler is fitted?",
        "o_warehouse_heat_briefing",
        ["We've ordered a mains-fed"],
    ),
    (
        "Why do the shutters have to come down in the evening?",
        "o_warehouse_heat_briefing",
        ["During the day, yes,"],
    ),
    (
        "Are staff allowed to wear shorts while it's hot?",
        "o_warehouse_heat_briefing",
        ["Shorts are fine this"],
    ),
    (
        "When will the upstairs storage be approved for use?",
        "o_warehouse_heat_briefing",
        ["The new racking upstairs"],
    ),
    (
        "What load can each shelf on the mezzanine carry?",
        "o_warehouse_heat_briefing",
        ["Each level is rated"],
    ),
    (
        "When will the safety rep and the manager inspect the mezzanine together?",
        "o_warehouse_heat_briefing",
        ["Absolutely, let's do Thursday"],
    ),
    # o_kitchen_menu_meeting
    ("Why is the lamb dish being dropped?", "o_kitchen_menu_meeting", ["It was taking six"]),
    (
        "What fish dish is taking the lamb's place?",
        "o_kitchen_menu_meeting",
        ["It's being replaced with"],
    ),
    (
        "What should waiters say to diners who ask for the lamb?",
        "o_kitchen_menu_meeting",
        ["Then tell them it'll"],
    ),
    (
        "Which supplier does the restaurant buy its hake from?",
        "o_kitchen_menu_meeting",
        ["Marlow's in Brixham."],
    ),
    ("On which days does the fish get delivered?", "o_kitchen_menu_meeting", ["They land it on"]),
    (
        "Who has to update the allergen chart before the new menu?",
        "o_kitchen_menu_meeting",
        ["Dan, you'll update the"],
    ),
    (
        "How much does the vegan main cost to produce and what will it sell for?",
        "o_kitchen_menu_meeting",
        ["It's cheap to make,"],
    ),
    (
        "Who didn't like the risotto idea and what did they suggest?",
        "o_kitchen_menu_meeting",
        ["Honestly, I think the"],
    ),
    (
        "How will the kitchen choose between the two vegan dishes?",
        "o_kitchen_menu_meeting",
        ["Let's test both on"],
    ),
    (
        "When is the tasting for front of house staff?",
        "o_kitchen_menu_meeting",
        ["Yes, Monday at 4,"],
    ),
    # o_kitchen_inspection_meeting
    (
        "What food hygiene score did the restaurant drop to?",
        "o_kitchen_inspection_meeting",
        ["You've all heard that"],
    ),
    (
        "How warm was the cold room when the inspector checked it?",
        "o_kitchen_inspection_meeting",
        ["First, the walk-in fridge"],
    ),
    ("What record keeping was missing?", "o_kitchen_inspection_meeting", ["Second, we had no"]),
    (
        "What pest risk did the inspector spot?",
        "o_kitchen_inspection_meeting",
        ["Third, there was a"],
    ),
    (
        "Who had warned about the fridge before the inspection?",
        "o_kitchen_inspection_meeting",
        ["The fridge has been"],
    ),
    (
        "What happens if the engineer can't repair the fridge?",
        "o_kitchen_inspection_meeting",
        ["The engineer is booked"],
    ),
    (
        "How much will it cost to seal the back door?",
        "o_kitchen_inspection_meeting",
        ["A brush strip is"],
    ),
    (
        "What do the wireless temperature sensors cost?",
        "o_kitchen_inspection_meeting",
        ["Around £400 for the"],
    ),
    (
        "When is the soonest the restaurant can be rated again?",
        "o_kitchen_inspection_meeting",
        ["We can request a"],
    ),
    (
        "How will the owner keep standards up before the re-inspection?",
        "o_kitchen_inspection_meeting",
        ["Until then, I'll do"],
    ),
    # o_trustees_food_bank_budget
    (
        "By how much has demand for food parcels grown?",
        "o_trustees_food_bank_budget",
        ["The headline is that"],
    ),
    (
        "How big was the food bank's deficit last year?",
        "o_trustees_food_bank_budget",
        ["We raised £112,000, but"],
    ),
    (
        "How long could the charity keep going on its reserves?",
        "o_trustees_food_bank_budget",
        ["About four months of"],
    ),
    (
        "How much is the warehouse rent increasing and when?",
        "o_trustees_food_bank_budget",
        ["It does go up"],
    ),
    (
        "How much could the Lottery grant be worth?",
        "o_trustees_food_bank_budget",
        ["They offer up to"],
    ),
    (
        "Who is writing the funding bid and why was she chosen?",
        "o_trustees_food_bank_budget",
        ["Sarah has offered.", "She wrote our successful"],
    ),
    (
        "How much might a monthly donor scheme bring in?",
        "o_trustees_food_bank_budget",
        ["Even 200 people giving"],
    ),
    (
        "What concern did the chair have about regular giving?",
        "o_trustees_food_bank_budget",
        ["I like that, but"],
    ),
    (
        "How will the regular giving idea be trialled?",
        "o_trustees_food_bank_budget",
        ["Then let's pilot it"],
    ),
    # o_trustees_animal_rescue
    (
        "Why is Margaret giving up the treasurer role?",
        "o_trustees_animal_rescue",
        ["She's moving to Cornwall"],
    ),
    ("Which trustee sent apologies?", "o_trustees_animal_rescue", ["For the minutes, apologies"]),
    (
        "Who are the two people interested in becoming treasurer?",
        "o_trustees_animal_rescue",
        ["One is Neil Bright,"],
    ),
    (
        "How is Amina already connected to the rescue?",
        "o_trustees_animal_rescue",
        ["Amina has fostered cats"],
    ),
    (
        "Which candidate did one trustee back, and for what reason?",
        "o_trustees_animal_rescue",
        ["My vote would go", "She knows the charity"],
    ),
    (
        "How will the board pick the new treasurer?",
        "o_trustees_animal_rescue",
        ["Let's do short interviews"],
    ),
    (
        "How much did the supporter leave the charity in his will?",
        "o_trustees_animal_rescue",
        ["We've been left a"],
    ),
    (
        "What will the bequest pay for?",
        "o_trustees_animal_rescue",
        ["He asked that it", "The roof on the"],
    ),
    (
        "What did the chair suggest doing with the money left over?",
        "o_trustees_animal_rescue",
        ["I suggest a plaque"],
    ),
    # o_newsroom_morning_conference
    (
        "What time is the print deadline tonight?",
        "o_newsroom_morning_conference",
        ["Let's be quick, we've"],
    ),
    (
        "Why is the maternity unit closing?",
        "o_newsroom_morning_conference",
        ["The trust has confirmed"],
    ),
    (
        "How many midwife jobs are unfilled?",
        "o_newsroom_morning_conference",
        ["We're the first to"],
    ),
    (
        "Why does the midwife want to stay anonymous?",
        "o_newsroom_morning_conference",
        ["She thinks she'd be"],
    ),
    (
        "How did the reporter verify the unnamed source?",
        "o_newsroom_morning_conference",
        ["I've checked her ID"],
    ),
    (
        "What condition did the editor put on using the midwife's comments?",
        "o_newsroom_morning_conference",
        ["Okay, use her, but"],
    ),
    (
        "How many houses flooded on the estate?",
        "o_newsroom_morning_conference",
        ["About 40 homes were"],
    ),
    (
        "What's the new development in the flooding story?",
        "o_newsroom_morning_conference",
        ["The council has now"],
    ),
    (
        "Which page will the flood follow-up run on?",
        "o_newsroom_morning_conference",
        ["That's a proper follow-up,"],
    ),
    (
        "How long does the council leader have to respond?",
        "o_newsroom_morning_conference",
        ["Give him until 3"],
    ),
    # o_newsroom_election_planning
    (
        "How many seats do the Independents need to gain to win control?",
        "o_newsroom_election_planning",
        ["There are 48 seats"],
    ),
    (
        "Which ward was decided by the smallest margin last time?",
        "o_newsroom_election_planning",
        ["Castle was won by"],
    ),
    ("When does the live blog start?", "o_newsroom_election_planning", ["For the night itself,"]),
    (
        "When and where are the ballots being counted?",
        "o_newsroom_election_planning",
        ["They're counting on Friday"],
    ),
    (
        "Why did the digital editor think a daytime count was better?",
        "o_newsroom_election_planning",
        ["More people read on"],
    ),
    (
        "Which staff are going to the count?",
        "o_newsroom_election_planning",
        ["Me inside, a photographer,"],
    ),
    (
        "How long will the results map take to build?",
        "o_newsroom_election_planning",
        ["Our developer says two"],
    ),
    (
        "What rule did the editor set to avoid complaints of bias?",
        "o_newsroom_election_planning",
        ["During the campaign, every"],
    ),
    (
        "How late will the weekend print edition be held back?",
        "o_newsroom_election_planning",
        ["We'll hold the Saturday"],
    ),
    # o_wedding_barn_venue_call
    (
        "How many guests is the couple now expecting?",
        "o_wedding_barn_venue_call",
        ["We told you 90"],
    ),
    ("How many people can the barn seat?", "o_wedding_barn_venue_call", ["That's fine for the"]),
    (
        "How does the table layout change with the extra guests?",
        "o_wedding_barn_venue_call",
        ["The only change is"],
    ),
    (
        "How much more will they pay for the extra guests' food?",
        "o_wedding_barn_venue_call",
        ["The catering goes up"],
    ),
    (
        "Where would an outdoor ceremony be held?",
        "o_wedding_barn_venue_call",
        ["Yes, in the orchard,"],
    ),
    (
        "When is the call made on whether the ceremony goes outside?",
        "o_wedding_barn_venue_call",
        ["The decision on the"],
    ),
    (
        "Why does the live band have to finish before midnight?",
        "o_wedding_barn_venue_call",
        ["Amplified music has to"],
    ),
    (
        "What did the coordinator suggest so the band can play a full set?",
        "o_wedding_barn_venue_call",
        ["Lots of couples move"],
    ),
    (
        "When is the final balance for the barn due?",
        "o_wedding_barn_venue_call",
        ["Six weeks before, so"],
    ),
    # o_wedding_hotel_date_change
    (
        "Why does the couple need to postpone their wedding?",
        "o_wedding_hotel_date_change",
        ["My partner's brother is"],
    ),
    ("What new dates did the hotel offer?", "o_wedding_hotel_date_change", ["For the suite, I"]),
    (
        "How much extra would the August date cost?",
        "o_wedding_hotel_date_change",
        ["August is peak season,"],
    ),
    (
        "How much would they save by choosing the September date?",
        "o_wedding_hotel_date_change",
        ["The Friday in September"],
    ),
    (
        "Why did the mum prefer the weekday option?",
        "o_wedding_hotel_date_change",
        ["Half the guests are"],
    ),
    (
        "Will the couple lose their deposit by changing the date?",
        "o_wedding_hotel_date_change",
        ["Your £2,500 deposit transfers"],
    ),
    (
        "What is the group price for guest bedrooms?",
        "o_wedding_hotel_date_change",
        ["I can hold 20"],
    ),
    (
        "By when do guests have to reserve their rooms?",
        "o_wedding_hotel_date_change",
        ["Guests need to book"],
    ),
    (
        "Which part of the menu might change for the autumn date?",
        "o_wedding_hotel_date_change",
        ["The sea bass starter"],
    ),
    # o_conference_venue_committee
    (
        "Which two places were on the venue shortlist?",
        "o_conference_venue_committee",
        ["Yes, the university campus"],
    ),
    (
        "How big is the main lecture hall at the university?",
        "o_conference_venue_committee",
        ["Durham has a lecture"],
    ),
    (
        "What price did the York hotel quote?",
        "o_conference_venue_committee",
        ["The Crown quoted £27,000."],
    ),
    (
        "How much has the committee budgeted for the venue?",
        "o_conference_venue_committee",
        ["Our budget for the"],
    ),
    (
        "What's the downside of the campus for delegates arriving by rail?",
        "o_conference_venue_committee",
        ["Durham is a 20"],
    ),
    (
        "How much would a shuttle from the station cost per day?",
        "o_conference_venue_committee",
        ["The university said they"],
    ),
    (
        "What was the treasurer's worry about where delegates would sleep?",
        "o_conference_venue_committee",
        ["Only that student accommodation"],
    ),
    (
        "What rooms did the university offer for delegates?",
        "o_conference_venue_committee",
        ["They offered us 150"],
    ),
    (
        "How will members find out the conference dates?",
        "o_conference_venue_committee",
        ["I'll sign the booking"],
    ),
    # o_conference_programme_committee
    (
        "How many abstracts came in and how many talks were accepted?",
        "o_conference_programme_committee",
        ["We had 64 abstracts"],
    ),
    (
        "Who agreed to give the opening keynote?",
        "o_conference_programme_committee",
        ["Dr Helen Marsh has"],
    ),
    (
        "What work is the keynote speaker known for?",
        "o_conference_programme_committee",
        ["She led the seagrass"],
    ),
    (
        "Does the keynote speaker want paying?",
        "o_conference_programme_committee",
        ["No fee, just travel"],
    ),
    (
        "Why did the first choice for the second keynote withdraw?",
        "o_conference_programme_committee",
        ["He's been invited to"],
    ),
    (
        "How many delegates are needed to break even?",
        "o_conference_programme_committee",
        ["I've costed it at"],
    ),
    (
        "Who thought the standard ticket was too expensive for students?",
        "o_conference_programme_committee",
        ["That's more than students"],
    ),
    (
        "What discounted ticket and free places were proposed?",
        "o_conference_programme_committee",
        ["Agreed, so I'd like"],
    ),
    (
        "What does the sponsor's money pay for?",
        "o_conference_programme_committee",
        ["The marine trust has"],
    ),
    (
        "Why does the committee want an early-bird discount?",
        "o_conference_programme_committee",
        ["It helps our cash"],
    ),
    (
        "When does booking for the ecology conference open?",
        "o_conference_programme_committee",
        ["Let's open registration on"],
    ),
]
