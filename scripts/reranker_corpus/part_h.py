"""Local news interviews: flooding, burglaries, elections, charity runs, tourism, recycling, factory closures  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "h_flood_millbrook_residents": {
        "turns": [
            (
                "host",
                "Good morning, you're listening to Valley Radio and I'm standing on Weir Street in Millbrook, where the River Arle burst its banks overnight. With me is Janet Coyle, who has lived here for thirty years, and the town's flood warden, Dev Mistry. Janet, what did you wake up to?",
            ),
            (
                "resident",
                "Water in the hallway, about ankle deep. I heard the alarm from the warden's phone tree at 3 in the morning, so I had time to get the photos and the dog upstairs. By 5 it was up to the second stair.",
            ),
            ("host", "Dev, how high did the river actually get?"),
            (
                "warden",
                "The gauge at Pike Bridge peaked at 3.2 metres just after four. That's the highest since 2007, when it reached 3.4.",
            ),
            ("host", "Right."),
            (
                "warden",
                "We'd been watching it since Tuesday, because the ground upstream was already saturated after a wet fortnight.",
            ),
            ("host", "Janet, had you had any warning from the Environment Agency?"),
            (
                "resident",
                "Only the general text on Wednesday evening. Honestly, it was the local phone tree that got us moving, not the official alert.",
            ),
            ("host", "How many homes are affected?"),
            (
                "warden",
                "We've counted 46 properties with water inside, mostly on Weir Street and Tanner's Row. Another dozen have flooded gardens and garages.",
            ),
            ("host", "And where are people going?"),
            (
                "warden",
                "The rest centre is open at St Aidan's church hall. The Red Cross brought camp beds and about 20 people slept there last night.",
            ),
            ("host", "Janet, what's the worst of it for you?"),
            (
                "resident",
                "The kitchen, really. It was only refitted last spring and the units have swollen already. My insurance has an excess of £1,000 for flood claims, which I didn't know until this morning.",
            ),
            ("host", "Ouch."),
            (
                "resident",
                "Exactly, yes. I'd tell anyone on this street to read the small print before the next one.",
            ),
            ("host", "Dev, is it safe for people to go back in?"),
            (
                "warden",
                "Not yet. Please keep out of the water, because the sewers backed up and it's contaminated. We'll do a walk-round with the fire service at noon and tell people street by street.",
            ),
            ("host", "Thank you both. Updates on the hour here on Valley Radio."),
        ],
    },
    "h_flood_lowford_scheme": {
        "turns": [
            (
                "chair",
                "Item four tonight is the Lowford flood scheme. I've asked Priya Nandi from the county engineering team to update us after last winter's flooding on the River Senn. Priya?",
            ),
            (
                "engineer",
                "Thank you, Chair. The short version is that the new embankment along Quay Meadows is designed, costed and waiting on funding. It's 800 metres long and would protect around 210 homes.",
            ),
            ("councillor", "What's the cost?"),
            (
                "engineer",
                "The latest estimate is 4.6 million pounds. Government grant would cover about 3 million of that, so there's a gap of roughly 1.6 million.",
            ),
            ("chair", "And where would the rest come from?"),
            (
                "engineer",
                "We've asked the district council, the water company and the two big employers on the trading estate. So far only the water company has pledged anything, £250,000.",
            ),
            (
                "councillor",
                "Chair, I have to say I'm frustrated. We were promised this scheme in 2019 and residents in Quay Meadows have been flooded twice since.",
            ),
            ("chair", "Noted. Priya, why the delay?"),
            (
                "engineer",
                "Mainly the redesign. The first plan used a concrete wall, but the ecologists found otters nesting on the bank, so we switched to an earth embankment set back from the river.",
            ),
            ("councillor", "Which costs more."),
            (
                "engineer",
                "It does, by about 15%, but it also gives the river room to spread onto the meadow, which lowers the peak downstream.",
            ),
            ("chair", "If the funding is found, when could work start?"),
            (
                "engineer",
                "Realistically next April, outside the bird nesting season. The build itself is about eighteen months.",
            ),
            ("councillor", "So protection in 2027 at the earliest."),
            ("engineer", "That's right, if all goes to plan."),
            ("chair", "In the meantime, what can residents do?"),
            (
                "engineer",
                "We're offering free flood doors and airbrick covers to the 60 homes at highest risk. Applications close at the end of March.",
            ),
            ("chair", "Thank you. Councillor Hale, you wanted a motion?"),
            (
                "councillor",
                "Yes. I move that this council commits 500,000 pounds from reserves to close part of the gap.",
            ),
        ],
    },
    "h_burglary_hartley_appeal": {
        "turns": [
            (
                "host",
                "Police in Hartley are appealing for information after a run of burglaries across the east of the town. Inspector Claire Dunmore joins me. Inspector, how many break-ins are we talking about?",
            ),
            (
                "inspector",
                "Eleven in the last three weeks, all between Station Road and the canal. Most happened in the early evening, between six and nine.",
            ),
            ("host", "Early evening? That's surprising."),
            (
                "inspector",
                "It is, but it's deliberate. They're picking houses where the lights are off at dusk, which suggests nobody's home yet from work.",
            ),
            ("host", "What's being taken?"),
            (
                "inspector",
                "Mainly jewellery, cash and small electronics, laptops and tablets. In two cases car keys were taken from the hallway and the cars were driven off.",
            ),
            ("host", "Were those cars found?"),
            (
                "inspector",
                "One was, burnt out near the golf course. The other, a grey Audi estate, is still missing.",
            ),
            ("host", "Do you have a description of anyone?"),
            (
                "inspector",
                "We have doorbell footage from Lime Grove showing two men in dark hooded tops, one carrying a large blue sports bag. We're releasing that clip today.",
            ),
            ("host", "Go on."),
            (
                "inspector",
                "We're also interested in a small white van seen in the area on at least four of the evenings. If you drive one and were there legitimately, please call us so we can rule you out.",
            ),
            ("host", "What should people do to protect themselves?"),
            (
                "inspector",
                "Simple things. Put a lamp on a timer, keep keys well away from the front door, and lock side gates. Most of these entries were through back doors or ground floor windows left unlocked.",
            ),
            ("host", "And how do people get in touch?"),
            (
                "inspector",
                "Call 101 and quote operation Kestrel, or contact Crimestoppers anonymously.",
            ),
            ("host", "Have there been any arrests yet?"),
            (
                "inspector",
                "One man in his twenties was arrested on Friday and released on bail. Enquiries are continuing.",
            ),
        ],
    },
    "h_burglary_eastwick_shops": {
        "turns": [
            (
                "host",
                "Shop owners on Eastwick high street say they've had enough after a string of overnight break-ins. I'm joined by Tom Reilly, who runs the hardware store, and Sergeant Amina Osei from the neighbourhood team. Tom, you were hit last week?",
            ),
            (
                "shopkeeper",
                "Tuesday night, yes. They came through the skylight at the back, so the shutter at the front made no difference at all. They took power tools worth about £6,000.",
            ),
            ("host", "Is that the first time?"),
            (
                "shopkeeper",
                "Second in a year. The first time they only got the till float, maybe 200 quid.",
            ),
            ("host", "Sergeant, how many shops have been targeted?"),
            (
                "sergeant",
                "Seven since the start of October, including the pharmacy, the phone repair shop and the off-licence. We believe the same group is responsible for at least five of them.",
            ),
            ("host", "Why do you think that?"),
            (
                "sergeant",
                "The method is the same. Roof access, alarms disabled, and they're in and out in under ten minutes.",
            ),
            (
                "shopkeeper",
                "That's what gets me. By the time the alarm company rang, they were long gone.",
            ),
            ("host", "Tom, what do traders want from the police?"),
            (
                "shopkeeper",
                "More patrols at night, honestly. We see an officer in the day, but after midnight the street is empty.",
            ),
            (
                "sergeant",
                "I understand that. We've added two late patrols a week, and we're working with the council on the CCTV. Three of the cameras on the high street have been broken since the summer.",
            ),
            ("host", "Three broken cameras?"),
            ("sergeant", "Right. They're due to be repaired by the end of the month."),
            ("host", "Is there anything the public can do?"),
            (
                "sergeant",
                "If anyone has been offered cheap power tools or phones for sale, on social media or at the pub, please tell us. That's often how stolen goods move.",
            ),
            (
                "shopkeeper",
                "And if you see someone on a roof at two in the morning, it isn't the window cleaner.",
            ),
            ("host", "Tom Reilly and Sergeant Osei, thanks."),
        ],
    },
    "h_election_northgate_hustings": {
        "turns": [
            (
                "host",
                "Welcome to the Northgate ward hustings, live on Radio Tamsey. Two candidates tonight: sitting councillor Rob Fenwick and independent Lucy Amadi. First question, from the audience, is about housing. Lucy, what would you do?",
            ),
            (
                "independent",
                "Northgate has 340 families on the council waiting list, and some have waited over four years. I'd push for the old bus depot site to be used for social rent, not sold to a developer.",
            ),
            ("host", "Rob, the depot site is your administration's decision."),
            (
                "councillor",
                "It is, and I'd defend it. Selling the depot brings in around 3 million pounds, which pays for repairs on 500 existing council homes. Damp and mould are the biggest complaint I get.",
            ),
            (
                "independent",
                "But repairs should come from the housing budget, not from selling land we'll never get back.",
            ),
            ("host", "Rob, how many affordable homes will the developer build?"),
            ("councillor", "The agreement is 30% affordable, so about 45 of the 150 flats."),
            (
                "independent",
                "And affordable means 80% of market rent, which nobody on the waiting list can pay.",
            ),
            (
                "host",
                "Let's move on. Parking. Lucy, residents on Albion Road say they can't park outside their own homes.",
            ),
            (
                "independent",
                "They can't, because commuters leave cars there all day for the station. I'd bring in a residents' permit zone, first permit free.",
            ),
            ("host", "Rob?"),
            (
                "councillor",
                "We consulted on a permit zone in 2022 and 58% of residents said no. I won't override that.",
            ),
            (
                "independent",
                "That consultation went out in August when half the street was on holiday.",
            ),
            ("host", "Final question. Why should people vote for you on Thursday?"),
            (
                "councillor",
                "Because I've delivered. The new play park and the resurfaced footpaths along the canal happened on my watch.",
            ),
            (
                "independent",
                "Because Northgate needs someone who answers to residents, not a party whip.",
            ),
            ("host", "Thank you both. Polls open at 7 on Thursday morning."),
        ],
    },
    "h_election_kestwell_debate": {
        "turns": [
            (
                "host",
                "This is the Kestwell Riverside debate on KTV Local. Our candidates are Helen Martin and Sunil Shah. Sunil, you want to start with potholes?",
            ),
            (
                "shah",
                "I do, because it's the first thing people mention on the doorstep. There are over 1,200 reported potholes in this borough and the average repair takes nine weeks.",
            ),
            ("host", "Helen, you chair the highways committee."),
            (
                "martin",
                "Yes, and nine weeks is too long, I'll admit that. We've bought a second repair lorry, the kind that fills holes in one pass, and since June it's done about 400 repairs.",
            ),
            ("shah", "Which is a third of the backlog, after four months."),
            (
                "host",
                "Let's talk about the library. The council plans to cut opening hours at Riverside library. Helen, why?",
            ),
            (
                "martin",
                "The library budget was cut by £180,000 this year. We chose shorter hours over closing the branch altogether.",
            ),
            (
                "shah",
                "I'd keep it open by moving the council's own customer desk in there and sharing the rent.",
            ),
            ("host", "Would that work?"),
            (
                "martin",
                "It's an interesting idea. The problem is the building's lease ends in 2026 and the landlord wants to double the rent.",
            ),
            ("host", "Okay. Now the riverside path. Sunil?"),
            (
                "shah",
                "It floods every winter and it's unlit. Women have told me they won't walk it after dark. I'd fund lighting from the parking surplus.",
            ),
            (
                "martin",
                "The lighting is already in next year's capital plan, at a cost of about 90,000.",
            ),
            ("shah", "It was in last year's plan too."),
            ("host", "Closing statements, thirty seconds each. Helen."),
            (
                "martin",
                "I've got the experience to finish what we've started, and the budgets are balanced.",
            ),
            ("shah", "Riverside has been patient long enough. Vote for change on the 2nd of May."),
            ("host", "Thank you both."),
        ],
    },
    "h_charity_hospice_10k": {
        "turns": [
            (
                "host",
                "This Sunday more than 900 people will run the Ashcombe Hospice 10k through the town's parks. Organiser Beth Lowry and first-time runner Gareth Pryce are here. Beth, how did the run start?",
            ),
            (
                "organiser",
                "It began in 2014 with 60 runners and a borrowed stopwatch. Our founder's husband had been cared for at the hospice and she wanted to give something back.",
            ),
            ("host", "And now it's 900."),
            ("organiser", "912 as of this morning. Entries close on Friday at midnight."),
            ("host", "How much are you hoping to raise?"),
            (
                "organiser",
                "Our target is £85,000. Last year we made just over 70, so it's ambitious.",
            ),
            ("host", "What does that money pay for?"),
            (
                "organiser",
                "The hospice costs about £12,000 a day to run and only a third comes from the NHS. One year of the run pays for roughly a week of nursing care.",
            ),
            ("host", "Gareth, why are you running?"),
            (
                "runner",
                "My mum was at Ashcombe for her last month. The nurses there were unbelievable, they even arranged for her dog to visit. I promised myself I'd do something.",
            ),
            ("host", "Have you done much running before?"),
            (
                "runner",
                "None at all. I started with a couch to 5k app in March and I was wheezing after a minute.",
            ),
            ("host", "And now?"),
            (
                "runner",
                "I did nine kilometres last Sunday, so I reckon adrenaline will get me the last one.",
            ),
            ("host", "Beth, any changes to the course this year?"),
            (
                "organiser",
                "Yes, we've moved the start to the cricket ground because the park gates were too narrow. And there's a new water station at the halfway point by the bandstand.",
            ),
            ("host", "What about roads?"),
            (
                "organiser",
                "Mill Lane will be closed from eight until midday. Spectators should use the park and ride.",
            ),
            ("host", "Good luck, Gareth."),
            ("runner", "Thanks. I've raised £1,400 so far, if anyone wants to add to it."),
        ],
    },
    "h_charity_santa_dash": {
        "turns": [
            (
                "host",
                "It's a sea of red on the seafront at Porthwell this morning, where 1,500 people in Santa suits are about to run the Santa Dash. I'm with organiser Kieran Walsh from the children's charity Little Lights. Kieran, what's it all in aid of?",
            ),
            (
                "organiser",
                "We fund play specialists on children's cancer wards. They're the people who help a six-year-old get through a blood test without screaming the place down.",
            ),
            ("host", "How many do you fund?"),
            (
                "organiser",
                "Four at the moment, at two hospitals. Each post costs about £32,000 a year.",
            ),
            ("host", "And the Santa suits?"),
            (
                "organiser",
                "Included in the £20 entry fee. We bought them in bulk from a supplier in Leeds, about eleven pounds each.",
            ),
            (
                "host",
                "Right. Joining us is volunteer marshal Sophie Grant. Sophie, what's your job today?",
            ),
            (
                "volunteer",
                "I'm on the turn at the lifeboat station, making sure nobody goes straight on into the harbour. It happened once, apparently!",
            ),
            ("organiser", "That was back in 2019. He was fine, he just got very wet."),
            ("host", "Is it a race, or a fun run?"),
            (
                "organiser",
                "Mostly fun. It's 5 kilometres, but plenty of people walk it. There's a prize for the fastest Santa and another for the best dressed dog.",
            ),
            ("host", "How did last year go?"),
            (
                "organiser",
                "We raised £41,000, which was a record. But the storm the year before cost us, we had to cancel on the morning and refund half the entries.",
            ),
            ("host", "Sophie, why do you volunteer?"),
            (
                "volunteer",
                "My little brother had leukaemia when I was twelve. A play specialist called Marie taught him to do magic tricks with the nurses, and he's now 19 and a mechanic.",
            ),
            ("host", "That's lovely."),
            ("volunteer", "It's why I come back every year."),
            ("host", "What happens after the finish?"),
            (
                "organiser",
                "Mince pies and hot chocolate at the pier café, which has donated everything. And we'll announce the total at about 1 o'clock.",
            ),
        ],
    },
    "h_tourism_hollin_valley": {
        "turns": [
            (
                "host",
                "The summer season is over in the Hollin Valley and it's time for the tourism report. With me are Nadia Fraser from Visit Hollin and Ian Cross, who runs Beckside campsite. Nadia, how was it?",
            ),
            (
                "officer",
                "Mixed, I'd say. Visitor numbers were up 6% on last year, about 1.4 million day trips, but overnight stays fell slightly.",
            ),
            ("host", "Why would that be?"),
            (
                "officer",
                "The cost of living, mainly. People are coming for the day with a packed lunch rather than booking three nights. Average spend per visitor dropped to about £38.",
            ),
            ("host", "Ian, does that match what you saw?"),
            (
                "owner",
                "Pretty much. July was full, but August was patchy because of the rain, and we had more late cancellations than ever.",
            ),
            ("host", "How many?"),
            (
                "owner",
                "Around 90 bookings cancelled in August alone, mostly in the last 48 hours. We've now brought in a non-refundable deposit of £25.",
            ),
            ("host", "Nadia, what about parking? That was a big story in the spring."),
            (
                "officer",
                "The new car park at Stonegill with 250 spaces helped a lot. Fewer cars on the verges, and the number of parking tickets on the lake road halved.",
            ),
            ("host", "What about overseas visitors?"),
            (
                "officer",
                "They're back to pre-pandemic levels. Americans and Germans especially, and a surprising number from South Korea after a drama series was filmed here.",
            ),
            ("host", "Really?"),
            (
                "officer",
                "Yes. The bridge at Wraybeck is in the opening credits, and people queue to take photos on it.",
            ),
            (
                "owner",
                "I had a group of twelve from Seoul in September. Lovely people, though they didn't expect the midges.",
            ),
            ("host", "Looking ahead, what's the concern for next year?"),
            (
                "officer",
                "Staffing. Hotels and cafés couldn't fill about a fifth of their seasonal jobs because there's nowhere affordable for workers to live.",
            ),
            (
                "owner",
                "I lost two staff in June for exactly that reason. They were sleeping in a van.",
            ),
            ("host", "Thank you both."),
        ],
    },
    "h_tourism_saltmouth_hotels": {
        "turns": [
            (
                "host",
                "Saltmouth's tourism figures for the season are out today, and they're better than many feared. I'm joined by hotel owner Marcus Bell and Councillor Fiona Reid, who leads on tourism. Fiona, headline numbers?",
            ),
            (
                "councillor",
                "Hotel occupancy averaged 81% from May to September, up from 74% last year. That's the best since 2018.",
            ),
            ("host", "What's behind it?"),
            (
                "councillor",
                "Partly the weather, we had a dry July, and partly the food festival, which moved to August and brought in about 20,000 people over one weekend.",
            ),
            ("host", "Marcus, is your hotel feeling it?"),
            (
                "hotelier",
                "We are. We're a 24 room place on the front and we were full every weekend from June. But the costs are killing us. Our energy bill is still double what it was three years ago.",
            ),
            ("host", "So higher occupancy doesn't mean higher profit."),
            ("hotelier", "Exactly, yes."),
            ("host", "Fiona, the council has talked about a tourist tax. Where are you on that?"),
            (
                "councillor",
                "We're consulting on a charge of £2 per room per night, which could raise around 1.2 million a year for the beach, toilets and lifeguards.",
            ),
            (
                "hotelier",
                "And I'll be honest, most hoteliers here are against it. Guests compare prices online to the pound, and two pounds a night could send them up the coast to Kelby Bay instead.",
            ),
            (
                "councillor",
                "Other resorts in Europe have had one for years without losing visitors.",
            ),
            ("host", "What about the beach itself? There were complaints about litter."),
            (
                "councillor",
                "We added 40 large bins on the promenade and an extra collection at 9 in the evening. Complaints fell by about half.",
            ),
            ("host", "Any problems this year?"),
            (
                "hotelier",
                "Short-term lets. There are now over 600 holiday flats in the town, and they're taking staff housing and regular guests.",
            ),
            (
                "councillor",
                "We're asking government for powers to register them. At the moment we don't even know exactly how many there are.",
            ),
            ("host", "A lively debate. Thanks to you both."),
        ],
    },
    "h_recycling_tamsey_phonein": {
        "turns": [
            (
                "host",
                "It's the phone-in on Radio Tamsey and today it's bins. From next month Tamsey Council is moving to a three-weekly collection for general waste. Waste manager Greg Holt is here to take your calls. Greg, in a nutshell?",
            ),
            (
                "officer",
                "In a nutshell, the black bin goes from every two weeks to every three. Recycling and food waste stay weekly, and we're adding a separate bag for soft plastics.",
            ),
            ("host", "Why the change?"),
            (
                "officer",
                "Two reasons. Landfill tax is now over £100 a tonne, and about a third of what's in black bins could be recycled. Moving to three weeks should save around £700,000 a year.",
            ),
            ("host", "First caller is Maureen in Ashby. Maureen?"),
            (
                "caller",
                "Hello. I've got three children, one in nappies. The bin's full after a week and a half as it is. What am I meant to do?",
            ),
            (
                "officer",
                "Households with children in nappies can apply for a free purple sack collection, every week. It's on the website, or you can ring us.",
            ),
            ("caller", "Nobody told me about that."),
            (
                "officer",
                "That's fair, and we're sending a leaflet to every house before the change.",
            ),
            ("host", "Greg, the soft plastics. What counts?"),
            (
                "officer",
                "Crisp packets, bread bags, film lids, bubble wrap. If you can scrunch it in your hand, it goes in the new bag.",
            ),
            ("host", "What about the smell in summer?"),
            (
                "officer",
                "That's why food waste stays weekly. If people use the food caddy, there's nothing in the black bin to rot.",
            ),
            ("caller", "Can I just ask, will you fine people if the lid won't close?"),
            (
                "officer",
                "There won't be any fines. The crews won't take extra bags on the side, but nobody's getting a penalty for an overfull bin.",
            ),
            ("host", "When exactly does it start?"),
            (
                "officer",
                "The first three-weekly collection is Monday the 3rd of March. Your new calendar comes with the leaflet.",
            ),
            ("host", "Thanks, Greg, and thanks, Maureen."),
        ],
    },
    "h_recycling_brenford_glass": {
        "turns": [
            (
                "host",
                "In Brenford, the council has stopped collecting glass from the kerb, and residents now have to take bottles and jars to bottle banks. Resident Paul Okafor and Councillor Jean Marsh are here. Paul, how's it going?",
            ),
            (
                "resident",
                "Badly, from where I'm standing. I'm 78 and I don't drive, so I'm carrying bottles in a rucksack half a mile to the supermarket car park.",
            ),
            ("host", "Jean, why did the council do this?"),
            (
                "councillor",
                "Glass was breaking in the mixed recycling and contaminating the paper, so whole loads were rejected. Last year we lost about £220,000 on rejected loads.",
            ),
            ("host", "So the glass was ruining the paper."),
            (
                "councillor",
                "Right. Shards get into the paper bales and the mills won't accept them.",
            ),
            ("host", "How many bottle banks are there?"),
            (
                "councillor",
                "We've gone from 18 sites to 35, so most homes are within a mile of one.",
            ),
            ("resident", "A mile is a long way with a bag of jars."),
            (
                "councillor",
                "I understand. We do offer an assisted collection for residents who are elderly or disabled and have nobody to help.",
            ),
            ("resident", "I've never heard of it. How would I get that?"),
            (
                "councillor",
                "Just phone the contact centre. They'll ask a few questions and add you to the list, usually within two weeks.",
            ),
            ("host", "Has the recycling rate changed?"),
            (
                "councillor",
                "Glass recycling is actually down about 8% since the switch in June, which worries me. We think some people are putting bottles in the black bin.",
            ),
            ("host", "Paul, would you go back to the old system?"),
            (
                "resident",
                "I'd go back tomorrow. But if the assisted collection works, I'll stop moaning. For now, anyway.",
            ),
            ("host", "And what about the noise? Neighbours of the banks have complained."),
            (
                "councillor",
                "We've put signs up asking people not to use them between 9 at night and 8 in the morning.",
            ),
            ("host", "Thank you both."),
        ],
    },
    "h_factory_carrow_biscuits": {
        "turns": [
            (
                "host",
                "Workers at the Carrow biscuit factory in Dunmere learned yesterday that it will close next summer. I'm outside the gates with union convenor Steve Maddox and packing line operator Lorraine Bell. Steve, how was the news broken?",
            ),
            (
                "convenor",
                "Badly. Everyone was called into the canteen at 2 o'clock and a manager read a statement. It took less than ten minutes. No questions.",
            ),
            ("host", "How many jobs are going?"),
            (
                "convenor",
                "All 380 on site, plus about 60 agency staff. The company is moving production to its plant in Poland.",
            ),
            ("host", "What reason did they give?"),
            (
                "convenor",
                "They say energy and labour costs here are too high, and the ovens need replacing. But this site made a profit last year, we've seen the accounts.",
            ),
            ("host", "Lorraine, how long have you worked here?"),
            (
                "worker",
                "Twenty-six years this March. I started on the wafer line when I was nineteen. My husband works here too, in the warehouse.",
            ),
            ("host", "So both incomes."),
            (
                "worker",
                "Both, yes. We've got a mortgage with eleven years left on it. I don't know where two people in their forties go in a town like this.",
            ),
            ("host", "Steve, what happens now?"),
            (
                "convenor",
                "There's a 45-day consultation, which starts Monday. We'll be asking the company to look at a buyer for the site, and we've written to the MP.",
            ),
            ("host", "Is there any chance of reversing it?"),
            (
                "convenor",
                "Honestly? Slim. But we've seen sites saved before, the paper mill at Hexley was bought by its managers in 2015.",
            ),
            ("host", "And redundancy terms?"),
            (
                "convenor",
                "The statutory minimum is nowhere near enough. We want four weeks' pay per year of service, and help with retraining.",
            ),
            (
                "worker",
                "The smell of baking has been over this town for a hundred years. It'll be strange without it.",
            ),
            ("host", "Steve, Lorraine, thank you."),
        ],
    },
    "h_factory_fenby_plant": {
        "turns": [
            (
                "host",
                "Fenby is still absorbing the news that Harlow Components will shut its brake parts plant in March. Council leader Asif Rahman and Claire Booth from the Chamber of Commerce join me. Asif, what's the council doing?",
            ),
            (
                "leader",
                "We've set up a jobs task force with the college and the Jobcentre. The first jobs fair is on the 14th at the leisure centre, and 30 employers have already signed up.",
            ),
            ("host", "How many people are affected?"),
            (
                "leader",
                "The plant employs 210, but the knock-on effect is bigger. We estimate another 150 jobs in suppliers, hauliers and the cafés around the industrial estate.",
            ),
            ("host", "Claire, are there actually jobs out there for these workers?"),
            (
                "chamber",
                "For many, yes. Engineering skills are in short supply. Two firms on the Westfield estate told me this week they'd take machinists tomorrow.",
            ),
            ("host", "But at the same pay?"),
            (
                "chamber",
                "Not always, and that's the honest problem. Harlow paid above the local average, around £34,000 for a skilled operator, and most firms here can't match that.",
            ),
            ("host", "Asif, what about the site itself?"),
            (
                "leader",
                "It's 12 acres with good road links, so it won't sit empty long, I hope. We'd like to see it used for manufacturing, not another warehouse.",
            ),
            (
                "chamber",
                "I'd gently disagree there. A logistics firm now is better than nothing for five years.",
            ),
            ("host", "Interesting. Why do you say that?"),
            (
                "chamber",
                "Because empty sites get vandalised and they put off other investors. We've seen it with the old tannery.",
            ),
            ("host", "Is there any money to help?"),
            (
                "leader",
                "We've asked government for a rapid response grant. We've been told about 1 million pounds is possible for retraining, and a decision is due before Christmas.",
            ),
            ("host", "Final thought, Claire?"),
            (
                "chamber",
                "Talk to your employer's HR now, before March. People who start looking early do much better.",
            ),
            ("host", "Thank you both."),
        ],
    },
}

QUESTIONS = [
    # h_flood_millbrook_residents
    (
        "What time in the night did Janet find out the river was coming up?",
        "h_flood_millbrook_residents",
        ["I heard the alarm"],
    ),
    (
        "What was the top reading on the river gauge in Millbrook?",
        "h_flood_millbrook_residents",
        ["The gauge at Pike"],
    ),
    (
        "When did the Arle last reach a higher level than this flood?",
        "h_flood_millbrook_residents",
        ["That's the highest since"],
    ),
    (
        "Why had the warden already been keeping an eye on the river days before?",
        "h_flood_millbrook_residents",
        ["We'd been watching it"],
    ),
    (
        "Did Janet think the official Environment Agency warning was what made people act?",
        "h_flood_millbrook_residents",
        ["Honestly, it was the"],
    ),
    (
        "How many houses in Millbrook got water indoors?",
        "h_flood_millbrook_residents",
        ["We've counted 46 properties"],
    ),
    (
        "Where can flooded-out families in Millbrook spend the night?",
        "h_flood_millbrook_residents",
        ["The rest centre is"],
    ),
    (
        "How many people stayed overnight at the church hall?",
        "h_flood_millbrook_residents",
        ["The Red Cross brought"],
    ),
    (
        "What excess does Janet have to pay on a flood claim?",
        "h_flood_millbrook_residents",
        ["My insurance has an"],
    ),
    (
        "Why are residents being told not to wade through the floodwater?",
        "h_flood_millbrook_residents",
        ["Please keep out of"],
    ),
    (
        "What would Janet advise her neighbours to do before the next flood?",
        "h_flood_millbrook_residents",
        ["I'd tell anyone on"],
    ),
    # h_flood_lowford_scheme
    (
        "How long would the Quay Meadows flood bank be, and how many homes would it protect?",
        "h_flood_lowford_scheme",
        ["It's 800 metres long"],
    ),
    (
        "What is the estimated total cost of the Lowford flood defences?",
        "h_flood_lowford_scheme",
        ["The latest estimate is"],
    ),
    (
        "How much of the flood scheme would be paid for by the government?",
        "h_flood_lowford_scheme",
        ["Government grant would cover"],
    ),
    (
        "Which organisation has actually promised money towards the embankment so far?",
        "h_flood_lowford_scheme",
        ["So far only the"],
    ),
    (
        "Why did the engineers abandon the idea of a concrete flood wall?",
        "h_flood_lowford_scheme",
        ["The first plan used"],
    ),
    (
        "Why is the councillor annoyed about the flood scheme?",
        "h_flood_lowford_scheme",
        ["We were promised this"],
    ),
    (
        "Is the earth bank more expensive, and what's the advantage of it?",
        "h_flood_lowford_scheme",
        ["It does, by about"],
    ),
    (
        "When could building work on the Lowford embankment get going?",
        "h_flood_lowford_scheme",
        ["Realistically next April, outside"],
    ),
    (
        "What can the most at-risk households in Lowford get while they wait for the defences?",
        "h_flood_lowford_scheme",
        ["We're offering free flood"],
    ),
    (
        "How much did Councillor Hale want the council to put in from its own reserves?",
        "h_flood_lowford_scheme",
        ["I move that this"],
    ),
    # h_burglary_hartley_appeal
    (
        "How many houses have been burgled in east Hartley recently?",
        "h_burglary_hartley_appeal",
        ["Eleven in the last"],
    ),
    (
        "Why are the Hartley burglars breaking in around dusk?",
        "h_burglary_hartley_appeal",
        ["They're picking houses where"],
    ),
    (
        "What kind of things have been stolen from the houses in Hartley?",
        "h_burglary_hartley_appeal",
        ["Mainly jewellery, cash and"],
    ),
    (
        "What happened to the stolen car that police found?",
        "h_burglary_hartley_appeal",
        ["One was, burnt out"],
    ),
    (
        "What can be seen on the doorbell camera video?",
        "h_burglary_hartley_appeal",
        ["We have doorbell footage"],
    ),
    (
        "Which vehicle do Hartley police want drivers to come forward about?",
        "h_burglary_hartley_appeal",
        ["We're also interested in"],
    ),
    (
        "How did the burglars get into most of the houses?",
        "h_burglary_hartley_appeal",
        ["Most of these entries"],
    ),
    (
        "What did the inspector suggest people do to make their homes safer?",
        "h_burglary_hartley_appeal",
        ["Put a lamp on"],
    ),
    (
        "What operation name should people mention when they ring the police?",
        "h_burglary_hartley_appeal",
        ["Call 101 and quote"],
    ),
    (
        "Has anyone been arrested over the Hartley burglaries?",
        "h_burglary_hartley_appeal",
        ["One man in his"],
    ),
    # h_burglary_eastwick_shops
    (
        "How did the thieves get into the hardware shop on Eastwick high street?",
        "h_burglary_eastwick_shops",
        ["They came through the"],
    ),
    (
        "What was stolen from Tom's shop and what was it worth?",
        "h_burglary_eastwick_shops",
        ["They took power tools"],
    ),
    (
        "What did the burglars get away with the first time Tom's shop was hit?",
        "h_burglary_eastwick_shops",
        ["The first time they"],
    ),
    (
        "How many Eastwick shops have been raided since the autumn?",
        "h_burglary_eastwick_shops",
        ["Seven since the start"],
    ),
    (
        "Why does the sergeant think the same gang did most of the shop break-ins?",
        "h_burglary_eastwick_shops",
        ["The method is the"],
    ),
    (
        "What do the traders want the police to do?",
        "h_burglary_eastwick_shops",
        ["More patrols at night"],
    ),
    (
        "How have the police responded to the traders' concerns about nights?",
        "h_burglary_eastwick_shops",
        ["We've added two late"],
    ),
    (
        "What's the problem with the security cameras on the high street?",
        "h_burglary_eastwick_shops",
        ["Three of the cameras"],
    ),
    (
        "When will the broken CCTV be working again?",
        "h_burglary_eastwick_shops",
        ["They're due to be"],
    ),
    (
        "How can people help the police track the stolen goods?",
        "h_burglary_eastwick_shops",
        ["If anyone has been"],
    ),
    # h_election_northgate_hustings
    (
        "How many families are waiting for a council home in Northgate?",
        "h_election_northgate_hustings",
        ["Northgate has 340 families"],
    ),
    (
        "What does Lucy Amadi want done with the old depot land?",
        "h_election_northgate_hustings",
        ["I'd push for the"],
    ),
    (
        "How much would the council get from selling the depot, and what would it pay for?",
        "h_election_northgate_hustings",
        ["Selling the depot brings"],
    ),
    (
        "What do Northgate tenants complain about most to the sitting councillor?",
        "h_election_northgate_hustings",
        ["Damp and mould are"],
    ),
    (
        "How many of the new flats on the depot site will be affordable?",
        "h_election_northgate_hustings",
        ["The agreement is 30%"],
    ),
    (
        "Why does the independent think the affordable flats won't help people on the list?",
        "h_election_northgate_hustings",
        ["And affordable means 80%"],
    ),
    (
        "Why are Albion Road residents unable to park by their houses?",
        "h_election_northgate_hustings",
        ["They can't, because commuters"],
    ),
    (
        "Why won't Rob Fenwick bring in a residents' parking zone?",
        "h_election_northgate_hustings",
        ["We consulted on a"],
    ),
    (
        "What was Lucy's objection to the parking consultation?",
        "h_election_northgate_hustings",
        ["That consultation went out"],
    ),
    (
        "What has the sitting Northgate councillor delivered, according to him?",
        "h_election_northgate_hustings",
        ["The new play park"],
    ),
    # h_election_kestwell_debate
    (
        "How many potholes are waiting to be fixed in the borough, and how long does a repair take?",
        "h_election_kestwell_debate",
        ["There are over 1,200"],
    ),
    (
        "What has the highways committee done to speed up fixing roads?",
        "h_election_kestwell_debate",
        ["We've bought a second"],
    ),
    (
        "Did Helen Martin accept that road repairs take too long?",
        "h_election_kestwell_debate",
        ["Yes, and nine weeks"],
    ),
    (
        "Why did Sunil Shah say the new machine hadn't made much difference?",
        "h_election_kestwell_debate",
        ["Which is a third"],
    ),
    (
        "Why is the council reducing opening times at Riverside library?",
        "h_election_kestwell_debate",
        ["The library budget was"],
    ),
    (
        "What was Sunil Shah's plan to save the library?",
        "h_election_kestwell_debate",
        ["I'd keep it open"],
    ),
    (
        "What's the issue with the library building's lease?",
        "h_election_kestwell_debate",
        ["The problem is the"],
    ),
    (
        "Why do some people avoid the riverside path in the evening?",
        "h_election_kestwell_debate",
        ["Women have told me"],
    ),
    (
        "How much will it cost to put lights along the riverside path?",
        "h_election_kestwell_debate",
        ["The lighting is already"],
    ),
    (
        "When is polling day in Kestwell Riverside?",
        "h_election_kestwell_debate",
        ["Vote for change on"],
    ),
    # h_charity_hospice_10k
    (
        "When did the hospice 10k start and how many took part at first?",
        "h_charity_hospice_10k",
        ["It began in 2014"],
    ),
    (
        "Why was the Ashcombe run set up in the first place?",
        "h_charity_hospice_10k",
        ["Our founder's husband had"],
    ),
    (
        "What's the deadline for signing up to the hospice run?",
        "h_charity_hospice_10k",
        ["Entries close on Friday"],
    ),
    (
        "How much does the hospice run hope to raise this year?",
        "h_charity_hospice_10k",
        ["Our target is £85,000"],
    ),
    (
        "How much does Ashcombe Hospice cost to run each day?",
        "h_charity_hospice_10k",
        ["The hospice costs about"],
    ),
    ("Why is Gareth doing the 10k?", "h_charity_hospice_10k", ["My mum was at"]),
    (
        "What's the longest distance Gareth has run in training?",
        "h_charity_hospice_10k",
        ["I did nine kilometres"],
    ),
    (
        "Why is the 10k starting from a different place this year?",
        "h_charity_hospice_10k",
        ["Yes, we've moved the"],
    ),
    (
        "Which road will be shut on race day, and until when?",
        "h_charity_hospice_10k",
        ["Mill Lane will be"],
    ),
    (
        "How much sponsorship has Gareth collected?",
        "h_charity_hospice_10k",
        ["I've raised £1,400 so"],
    ),
    # h_charity_santa_dash
    (
        "What do the play specialists funded by Little Lights actually do?",
        "h_charity_santa_dash",
        ["They're the people who"],
    ),
    (
        "How much is one play specialist job a year?",
        "h_charity_santa_dash",
        ["Each post costs about"],
    ),
    (
        "Do you have to pay extra for the Santa costume?",
        "h_charity_santa_dash",
        ["Included in the £20"],
    ),
    (
        "Where was Sophie marshalling and what was she there to prevent?",
        "h_charity_santa_dash",
        ["I'm on the turn"],
    ),
    (
        "When did a Santa runner end up going into the harbour?",
        "h_charity_santa_dash",
        ["That was back in"],
    ),
    ("What prizes can you win at the Santa Dash?", "h_charity_santa_dash", ["There's a prize for"]),
    (
        "How much did the Santa Dash make last year?",
        "h_charity_santa_dash",
        ["We raised £41,000, which"],
    ),
    (
        "Why did the Santa run lose out two years ago?",
        "h_charity_santa_dash",
        ["But the storm the"],
    ),
    (
        "What's Sophie's personal reason for volunteering?",
        "h_charity_santa_dash",
        ["My little brother had"],
    ),
    (
        "What do runners get once they finish the Santa Dash?",
        "h_charity_santa_dash",
        ["Mince pies and hot"],
    ),
    # h_tourism_hollin_valley
    (
        "By how much did visitor numbers to the Hollin Valley grow?",
        "h_tourism_hollin_valley",
        ["Visitor numbers were up"],
    ),
    (
        "Why are fewer visitors to the valley booking overnight stays?",
        "h_tourism_hollin_valley",
        ["The cost of living"],
    ),
    (
        "How much does the average visitor spend in the valley now?",
        "h_tourism_hollin_valley",
        ["Average spend per visitor"],
    ),
    (
        "How did July and August compare at the campsite?",
        "h_tourism_hollin_valley",
        ["July was full, but"],
    ),
    (
        "What has Ian done to stop people cancelling at the last minute?",
        "h_tourism_hollin_valley",
        ["We've now brought in"],
    ),
    (
        "How many spaces are in the new Stonegill car park?",
        "h_tourism_hollin_valley",
        ["The new car park"],
    ),
    (
        "Where are overseas tourists in the valley coming from?",
        "h_tourism_hollin_valley",
        ["Americans and Germans especially"],
    ),
    (
        "Which spot do fans of the TV drama queue to photograph?",
        "h_tourism_hollin_valley",
        ["The bridge at Wraybeck"],
    ),
    (
        "Why couldn't hotels and cafés in the valley fill their seasonal jobs?",
        "h_tourism_hollin_valley",
        ["Hotels and cafés couldn't"],
    ),
    (
        "Why did the campsite lose two workers in June?",
        "h_tourism_hollin_valley",
        ["I lost two staff"],
    ),
    # h_tourism_saltmouth_hotels
    (
        "How full were Saltmouth's hotels on average this summer?",
        "h_tourism_saltmouth_hotels",
        ["Hotel occupancy averaged 81%"],
    ),
    (
        "What brought more guests to Saltmouth this season?",
        "h_tourism_saltmouth_hotels",
        ["Partly the weather, we"],
    ),
    ("How big is Marcus Bell's hotel?", "h_tourism_saltmouth_hotels", ["We're a 24 room"]),
    (
        "Why isn't Marcus making more money even though he's busier?",
        "h_tourism_saltmouth_hotels",
        ["But the costs are", "Our energy bill is"],
    ),
    (
        "How much is the proposed overnight visitor charge and what would it fund?",
        "h_tourism_saltmouth_hotels",
        ["We're consulting on a"],
    ),
    (
        "Why are Saltmouth hoteliers against the tourist tax?",
        "h_tourism_saltmouth_hotels",
        ["And I'll be honest"],
    ),
    (
        "How did the councillor answer the worry that a tourist tax drives visitors away?",
        "h_tourism_saltmouth_hotels",
        ["Other resorts in Europe"],
    ),
    (
        "What was done about litter on Saltmouth's promenade?",
        "h_tourism_saltmouth_hotels",
        ["We added 40 large"],
    ),
    (
        "How many holiday flats are there in Saltmouth now?",
        "h_tourism_saltmouth_hotels",
        ["There are now over"],
    ),
    (
        "What is the council asking the government for regarding short-term lets?",
        "h_tourism_saltmouth_hotels",
        ["We're asking government for"],
    ),
    # h_recycling_tamsey_phonein
    (
        "How often will Tamsey's general rubbish bins be emptied after the change?",
        "h_recycling_tamsey_phonein",
        ["In a nutshell, the"],
    ),
    (
        "What happens to recycling and food collections, and what new container is coming?",
        "h_recycling_tamsey_phonein",
        ["Recycling and food waste"],
    ),
    (
        "How much is landfill tax per tonne now?",
        "h_recycling_tamsey_phonein",
        ["Landfill tax is now"],
    ),
    (
        "How much will Tamsey save by emptying black bins less often?",
        "h_recycling_tamsey_phonein",
        ["Moving to three weeks"],
    ),
    (
        "What can a family with a baby in nappies get from the council?",
        "h_recycling_tamsey_phonein",
        ["Households with children in"],
    ),
    (
        "Which sorts of plastic go in the new soft plastics bag?",
        "h_recycling_tamsey_phonein",
        ["Crisp packets, bread bags", "If you can scrunch"],
    ),
    (
        "Why won't three-weekly collections make bins smell in hot weather?",
        "h_recycling_tamsey_phonein",
        ["That's why food waste", "If people use the"],
    ),
    (
        "Will people be fined if their wheelie bin is too full to shut?",
        "h_recycling_tamsey_phonein",
        ["There won't be any"],
    ),
    (
        "What date does the new Tamsey bin schedule start?",
        "h_recycling_tamsey_phonein",
        ["The first three-weekly collection"],
    ),
    # h_recycling_brenford_glass
    (
        "Why is getting glass to the bottle bank hard for Paul?",
        "h_recycling_brenford_glass",
        ["I'm 78 and I"],
    ),
    (
        "Why did Brenford stop collecting bottles and jars from the kerb?",
        "h_recycling_brenford_glass",
        ["Glass was breaking in"],
    ),
    (
        "How much did Brenford lose on recycling loads that were turned away?",
        "h_recycling_brenford_glass",
        ["Last year we lost"],
    ),
    (
        "Why won't the paper mills take the contaminated bales?",
        "h_recycling_brenford_glass",
        ["Shards get into the"],
    ),
    (
        "How many bottle bank sites does Brenford have now?",
        "h_recycling_brenford_glass",
        ["We've gone from 18"],
    ),
    (
        "Is there any help for older residents who can't carry their glass?",
        "h_recycling_brenford_glass",
        ["We do offer an"],
    ),
    (
        "How does Paul sign up for the assisted glass pickup?",
        "h_recycling_brenford_glass",
        ["Just phone the contact"],
    ),
    (
        "Has the amount of glass being recycled gone up or down since the switch?",
        "h_recycling_brenford_glass",
        ["Glass recycling is actually"],
    ),
    (
        "Would Paul rather go back to kerbside glass collection?",
        "h_recycling_brenford_glass",
        ["I'd go back tomorrow"],
    ),
    (
        "When are people asked not to use the bottle banks?",
        "h_recycling_brenford_glass",
        ["We've put signs up"],
    ),
    # h_factory_carrow_biscuits
    (
        "How did the biscuit factory staff find out it was closing?",
        "h_factory_carrow_biscuits",
        ["Everyone was called into"],
    ),
    (
        "How many jobs will go at the Carrow factory?",
        "h_factory_carrow_biscuits",
        ["All 380 on site"],
    ),
    (
        "Where is Carrow moving its biscuit production?",
        "h_factory_carrow_biscuits",
        ["The company is moving"],
    ),
    (
        "Why does the union doubt the company's explanation for shutting Carrow?",
        "h_factory_carrow_biscuits",
        ["But this site made"],
    ),
    (
        "How long has Lorraine been at the biscuit factory?",
        "h_factory_carrow_biscuits",
        ["Twenty-six years this March"],
    ),
    (
        "Why will the closure hit Lorraine's household so hard?",
        "h_factory_carrow_biscuits",
        ["My husband works here", "We've got a mortgage"],
    ),
    (
        "How long does the consultation over the Carrow closure last?",
        "h_factory_carrow_biscuits",
        ["There's a 45-day consultation"],
    ),
    (
        "What makes the union think the factory might still be saved?",
        "h_factory_carrow_biscuits",
        ["But we've seen sites"],
    ),
    (
        "What redundancy terms is the union asking for?",
        "h_factory_carrow_biscuits",
        ["We want four weeks'"],
    ),
    # h_factory_fenby_plant
    (
        "When and where is Fenby's first jobs fair?",
        "h_factory_fenby_plant",
        ["The first jobs fair"],
    ),
    (
        "How many more jobs around Fenby could go because of the brake plant closing?",
        "h_factory_fenby_plant",
        ["We estimate another 150"],
    ),
    (
        "Are local firms actually looking for the Harlow workers' skills?",
        "h_factory_fenby_plant",
        ["Engineering skills are in", "Two firms on the"],
    ),
    (
        "Why might Harlow staff end up on lower wages elsewhere?",
        "h_factory_fenby_plant",
        ["Harlow paid above the"],
    ),
    (
        "What does the council leader want the Harlow site used for?",
        "h_factory_fenby_plant",
        ["We'd like to see"],
    ),
    (
        "Who disagreed with the council leader about turning the plant into a warehouse?",
        "h_factory_fenby_plant",
        ["I'd gently disagree there"],
    ),
    (
        "Why does the Chamber of Commerce think any tenant is better than an empty site?",
        "h_factory_fenby_plant",
        ["Because empty sites get"],
    ),
    (
        "How much government money could Fenby get for retraining?",
        "h_factory_fenby_plant",
        ["We've been told about"],
    ),
    (
        "What should Harlow workers do now, according to Claire Booth?",
        "h_factory_fenby_plant",
        ["Talk to your employer's"],
    ),
]
