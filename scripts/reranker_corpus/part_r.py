"""Transport and logistics conversations (ferries, air cargo, couriers, taxis, driving, ports, cycle couriers) with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "r_ferry_storm_cancellations": {
        "turns": [
            (
                "host",
                "Good morning and welcome to Coast Desk. Last week's storms cancelled almost every sailing to Westholm, and with me is Fiona Blair, operations manager at Westholm Island Ferries. Fiona, how many crossings did you lose?",
            ),
            (
                "manager",
                "Thanks for having me. We lost 31 of our 36 scheduled sailings between Monday and Saturday. The only ones that ran were early on Thursday, when the wind dropped for a few hours.",
            ),
            ("host", "Who actually makes the call to cancel?"),
            (
                "manager",
                "The master of each vessel does, not the office. We give them the forecast and the swell readings from the buoy off Carn Point, but the decision is theirs alone.",
            ),
            ("host", "Is there a fixed wind limit?"),
            (
                "manager",
                "People think so, but no. Our guidance says crossings are reviewed once gusts pass 45 knots. In practice the swell direction matters more than the wind speed, because a northerly sea hits the harbour mouth side on.",
            ),
            ("host", "Right."),
            (
                "manager",
                "So a 50 knot southerly can be fine, while a 35 knot northerly can shut us.",
            ),
            ("host", "Islanders told us they ran short of fresh food. Was that avoidable?"),
            (
                "manager",
                "Partly, yes. We had a freight-only sailing planned for Wednesday night, but the lorry drivers couldn't get to the mainland terminal because the coast road was flooded. That one was on us to coordinate better with the council.",
            ),
            ("host", "What about refunds?"),
            (
                "manager",
                "Anyone whose sailing was cancelled gets a full refund or a free rebooking within 60 days. So far about 420 people have claimed, and most chose the rebooking.",
            ),
            ("host", "Some listeners want a second, larger ship. Is that coming?"),
            (
                "manager",
                "I'd love it, but a new vessel costs around 28 million pounds and the harbour at Westholm can't take anything longer than 60 metres without dredging. My view is that a better pier comes first, then the ship.",
            ),
            ("host", "And when might the pier work start?"),
            (
                "manager",
                "The earliest date we've been given is spring 2027, assuming the funding bid succeeds.",
            ),
            ("host", "Fiona Blair, thank you."),
        ],
    },
    "r_ferry_chain_ferry_outage": {
        "turns": [
            (
                "chair",
                "Okay, let's start. The only item tonight is the Kelmouth chain ferry, which has been out of service for three weeks now. Our harbour engineer, Dev Patel, is here to explain. Dev?",
            ),
            (
                "engineer",
                "Thanks. On the 4th of March one of the two drive chains snapped mid-river, with 11 cars on board. Nobody was hurt, and we towed the ferry back to the east slipway with the workboat.",
            ),
            ("resident", "Why did the chain break? It was only replaced two years ago."),
            (
                "engineer",
                "That's the frustrating part. The new chain was fine, but a worn guide wheel on the west side was chewing into it. Our inspection in January missed it because the wheel sits underwater at high tide.",
            ),
            ("chair", "So what's the fix?"),
            (
                "engineer",
                "We need a new chain and both guide wheels. The chain is made to order in Sheffield and the lead time is seven weeks.",
            ),
            ("resident", "Seven weeks! The road detour is 14 miles each way."),
            ("engineer", "I know, and I'm sorry."),
            ("chair", "What are you doing in the meantime for people on foot?"),
            (
                "engineer",
                "We've hired a passenger launch that carries 12 people, running every 20 minutes from 6 in the morning to 8 at night. It's free until the ferry is back.",
            ),
            (
                "resident",
                "It stops too early for shift workers at the hospital, though. My neighbour finishes at ten.",
            ),
            ("chair", "That's a fair point. Dev, can the launch run later?"),
            (
                "engineer",
                "We priced an extension to 11 at about £900 a week extra. I'll take it to the council's transport committee on Thursday, and I'd support it.",
            ),
            ("resident", "And will we get money back on our season tickets?"),
            (
                "chair",
                "Yes, the council agreed last week to extend every season ticket by the number of days lost, rather than give cash refunds. Cash refunds were ruled out because of the admin cost.",
            ),
            ("resident", "I'd still rather have the cash, honestly."),
            ("chair", "Noted. Let's move to other questions."),
        ],
    },
    "r_aircargo_live_seafood": {
        "turns": [
            (
                "host",
                "This is Freight Matters. My guest today is Callum Reid, who runs the cargo shed at Inverlay Airport, where live crab and lobster now fly out to Asia. Callum, how did that start?",
            ),
            (
                "guest",
                "It started in 2019, when a shellfish cooperative on the coast asked whether we could handle their catch. Before that, everything went by lorry to Heathrow, which took about 14 hours.",
            ),
            ("host", "And now?"),
            (
                "guest",
                "Now the crabs are packed at the pier in the afternoon and on a plane by 10 that night. We send them on a freighter to Amsterdam, and they connect there to Seoul and Hong Kong.",
            ),
            ("host", "What's the hardest part of moving live animals by air?"),
            (
                "guest",
                "Temperature, without a doubt. Crabs need to stay between 4 and 8 degrees, and if the hold gets warmer they start to die within hours. We use insulated boxes with gel packs, never dry ice, because dry ice gives off carbon dioxide that would suffocate them.",
            ),
            ("host", "I'd have guessed dry ice was the safer option."),
            (
                "guest",
                "Most people do. It's great for frozen fish, but deadly for anything still breathing.",
            ),
            ("host", "How much goes out in a typical week?"),
            (
                "guest",
                "In summer, about 40 tonnes a week. In winter it falls to maybe 12, because the boats can't get out as often.",
            ),
            ("host", "Has anything gone badly wrong?"),
            (
                "guest",
                "Once, in 2021. A freighter was delayed six hours in Amsterdam with the doors open on a hot afternoon, and we lost almost a whole consignment worth about £60,000. After that we insisted on a cooled holding room at the transfer point.",
            ),
            ("host", "Who paid for that loss?"),
            (
                "guest",
                "The insurer covered most of it, but the cooperative carried the first £10,000 as an excess.",
            ),
            ("host", "Right. And looking ahead?"),
            (
                "guest",
                "Honestly, I'd like a direct flight to Asia from Inverlay, but the runway is too short for a fully loaded long-haul freighter. So for now, Amsterdam stays as the hub.",
            ),
            ("host", "Callum Reid, thanks very much."),
        ],
    },
    "r_aircargo_pharma_cold_chain": {
        "turns": [
            (
                "host",
                "Welcome back to Freight Matters. Today we're inside the pharmaceutical zone at Eastgate Cargo Hub with Anika Sorensen, who runs it, and Tom Okafor, who audits cold chains for several drug makers. Anika, what actually comes through here?",
            ),
            (
                "manager",
                "Mostly vaccines, insulin and some cancer treatments. Roughly 70% of it has to stay between 2 and 8 degrees, and a smaller share is frozen at minus 20.",
            ),
            ("host", "How big is the cool zone?"),
            (
                "manager",
                "It's 6,500 square metres, and we opened it in 2022 after the old one ran out of space.",
            ),
            ("host", "Tom, what do you look for when you audit a place like this?"),
            (
                "inspector",
                "Time out of temperature, above all. The worst moment is the tarmac, when pallets sit between the aircraft and the building. I want that under 30 minutes, and I check the logger data to prove it.",
            ),
            ("host", "And here?"),
            (
                "inspector",
                "Here the average last year was 18 minutes, which is good. The old building was closer to 45.",
            ),
            ("host", "Why so much faster now?"),
            (
                "manager",
                "We bought two refrigerated dollies, so the pallets ride out to the aircraft already cooled. They cost about €400,000 for the pair, which the board thought was too much at first.",
            ),
            ("host", "What changed their mind?"),
            (
                "manager",
                "One lost shipment of insulin costs more than that. We had a rejected load in 2021 worth €1.2 million because a pallet warmed to 11 degrees.",
            ),
            (
                "inspector",
                "That's typical, by the way. Most losses aren't dramatic, just a pallet left in the sun.",
            ),
            ("host", "Are passive boxes or active containers better?"),
            (
                "inspector",
                "It depends on the route. For long routes with a transfer, I'd recommend active containers with their own cooling, even though they cost about three times as much to rent.",
            ),
            (
                "manager",
                "I'd disagree slightly. Modern passive boxes hold temperature for 120 hours, and for most of our routes that's plenty.",
            ),
            ("host", "So you two don't quite agree."),
            ("inspector", "Not quite, no."),
            ("host", "Fair enough. Thank you both."),
        ],
    },
    "r_courier_depot_christmas_peak": {
        "turns": [
            (
                "host",
                "On today's show we're talking about the busiest month of the year for parcels. Sam Whitlock manages the Millfield courier depot. Sam, how many parcels go through on a normal day?",
            ),
            (
                "manager",
                "About 18,000 on a normal weekday. In the second week of December it hit 41,000, which was our record.",
            ),
            ("host", "Wow. How do you staff for that?"),
            (
                "manager",
                "We take on around 60 seasonal workers, mostly sorters, from the start of November. They get a week of training before the peak, because a badly sorted parcel costs us more than a slow one.",
            ),
            ("host", "What does a badly sorted parcel actually cost?"),
            (
                "manager",
                "Roughly £7 each time, once you add the driver's wasted mileage and the redelivery.",
            ),
            ("host", "And drivers? I imagine you can't just hire those in a week."),
            (
                "manager",
                "No, that's the real bottleneck. We used to hire agency drivers, but last year we switched to paying our own drivers a bonus of £15 a day to take an extra round instead.",
            ),
            ("host", "Did that work?"),
            ("manager", "Better than I expected. Missed deliveries fell from 6% to about 3.5%."),
            ("host", "What about the building itself?"),
            (
                "manager",
                "The conveyor is the weak point. It's 12 years old, and when it stopped for four hours on the 14th of December we had to sort by hand under floodlights in the yard.",
            ),
            ("host", "By hand? In December?"),
            ("manager", "Yes, and in the rain. The team were brilliant, honestly."),
            ("host", "Has head office agreed to replace it?"),
            (
                "manager",
                "They've approved a new sorter for next summer, at around 2 million. I pushed for it to go in before this Christmas, but the supplier couldn't install it in time.",
            ),
            ("host", "Any advice for people sending presents?"),
            (
                "manager",
                "Post before the 18th, and write the full postcode. Missing postcodes are the biggest single cause of our delays.",
            ),
            ("host", "Sam, thanks."),
        ],
    },
    "r_courier_depot_black_friday_review": {
        "turns": [
            (
                "manager",
                "Morning, everyone. Let's go through what went wrong over Black Friday week at Ashdown depot before we do it all again in December. Priya, you first.",
            ),
            (
                "supervisor",
                "Thanks. The short version is we had 9,000 parcels left on the floor on Saturday night. We planned for 30,000 a day, and on Friday we got 37,000.",
            ),
            ("manager", "Why so many more than forecast?"),
            (
                "supervisor",
                "One big online retailer moved its sale forward by two days and didn't tell us. Their volume arrived in one lump on Friday morning.",
            ),
            ("driver", "And that's why my van was loaded at 10 instead of 7."),
            ("manager", "How late did rounds finish?"),
            (
                "driver",
                "Mine finished at twenty past nine at night. Some of the lads were out till half ten.",
            ),
            ("manager", "That's not acceptable, and I'm sorry."),
            (
                "supervisor",
                "The other problem was the scanners. A software update on Thursday made about a third of the handhelds freeze, so we were writing barcodes on paper for half a shift.",
            ),
            ("manager", "Who pushed that update?"),
            ("supervisor", "Head office IT. They didn't know it was our busiest week."),
            (
                "manager",
                "Right. I'll ask them to freeze all updates from the 1st of December until January.",
            ),
            (
                "driver",
                "Can we also stop loading vans by postcode and go back to loading by street order? It takes longer, but I don't spend an hour digging for parcels.",
            ),
            (
                "supervisor",
                "I'm not keen. Street order loading added 40 minutes per van when we tried it in the spring.",
            ),
            (
                "manager",
                "Let's trial it on five vans in the first week of December and compare. Priya, can you set that up?",
            ),
            ("supervisor", "Yes, fine."),
            (
                "manager",
                "Last thing. We're hiring 25 extra sorters for December, and they start on the 24th of November.",
            ),
            ("driver", "Good. We need them."),
        ],
    },
    "r_taxi_small_town_electric": {
        "turns": [
            (
                "host",
                "Today I'm with Gwen Morgan, who owns Bryn Cabs, a small taxi firm in Llanfair. Gwen, you've just gone fully electric. How many cars is that?",
            ),
            (
                "owner",
                "Nine cars, all electric since June. The last diesel went to auction in May.",
            ),
            ("host", "Why make the switch?"),
            (
                "owner",
                "Fuel, mostly. We were spending about £2,400 a month on diesel, and charging now costs us around £900, because we charge overnight on a cheap tariff at the yard.",
            ),
            ("host", "What did the chargers cost to install?"),
            (
                "owner",
                "Six chargers came to £14,000, and the council's grant paid for half of that.",
            ),
            ("host", "I've heard range is a worry for taxi work."),
            (
                "owner",
                "It was my biggest fear. The long airport runs to Cardiff are 140 miles there and back, and in winter that's pushing it.",
            ),
            ("host", "So how do you handle those?"),
            (
                "owner",
                "We keep two cars with bigger batteries just for airport jobs. The others do local work and never get near empty.",
            ),
            ("host", "What did your drivers think?"),
            (
                "owner",
                "Two of them were dead against it. One, Dafydd, said he'd quit rather than drive an electric car.",
            ),
            ("host", "And did he?"),
            (
                "owner",
                "No! After a month he told me he'd never go back, because it's so quiet. The other one still grumbles about the heater in winter.",
            ),
            ("host", "What about customers?"),
            (
                "owner",
                "Older customers especially like it. They say the ride is smoother, and nobody complains about the smell of diesel anymore.",
            ),
            ("host", "Any regrets?"),
            (
                "owner",
                "Insurance, honestly. Our premiums went up 20% because repairs on electric cars cost more. I didn't see that coming.",
            ),
            ("host", "Would you recommend it to other small firms?"),
            (
                "owner",
                "Yes, but only if you can charge at your own base. Relying on public chargers would kill a taxi firm.",
            ),
            ("host", "Gwen, thank you."),
        ],
    },
    "r_taxi_coop_zero_emission_vote": {
        "turns": [
            (
                "chair",
                "Right, let's open the meeting. The city council has said all newly licensed taxis must be zero emission from January 2028. We need to decide what the cooperative recommends to its 120 members. Marcus, you've done the numbers.",
            ),
            (
                "treasurer",
                "I have. A new electric saloon suitable for taxi work is about £38,000, against £31,000 for a hybrid. Over five years, though, the electric one comes out about £6,000 cheaper once you count fuel and servicing.",
            ),
            ("driver", "That assumes we can charge. Half of us live in flats with no driveway."),
            ("chair", "That's the main objection I've heard, yes."),
            (
                "treasurer",
                "The council is putting 40 rapid chargers in taxi-only bays. The first 12 open at the station rank in the autumn.",
            ),
            (
                "driver",
                "Twelve chargers for a few hundred cabs across the city? We'll be queuing instead of earning.",
            ),
            ("chair", "What would you prefer, Leon?"),
            (
                "driver",
                "Honestly, a plug-in hybrid. It does 40 miles on the battery around the centre and then petrol for the long jobs.",
            ),
            (
                "treasurer",
                "The problem is that the council doesn't count plug-in hybrids as zero emission. They'd only be licensed until 2028.",
            ),
            ("driver", "Then they should change the rule."),
            ("chair", "We can lobby for that, but we can't plan on it."),
            (
                "treasurer",
                "One more thing. The cooperative could buy chargers for our own depot on Mill Lane. Eight of them would cost about £60,000, and we have £45,000 in reserves.",
            ),
            ("chair", "So we'd need to borrow the rest."),
            ("treasurer", "Or raise the monthly membership fee by £5 for a year."),
            ("driver", "I'd back that if the depot chargers are members only."),
            (
                "chair",
                "Good. Let's put it to a vote next month: recommend electric, and build the Mill Lane chargers funded by the fee increase.",
            ),
        ],
    },
    "r_driving_instructor_test_backlog": {
        "turns": [
            (
                "host",
                "Welcome to Learner Lane. Maria Lopes has been a driving instructor for 16 years. Maria, everyone's talking about the wait for driving tests. How bad is it where you work?",
            ),
            (
                "instructor",
                "At our local test centre the next available date is about 22 weeks away. Before the pandemic it was more like six.",
            ),
            ("host", "So what does that do to your pupils?"),
            (
                "instructor",
                "It means people book a test before they're ready, just to get a slot. Then they're either rushing or they're cancelling.",
            ),
            ("host", "How many lessons does a typical learner need?"),
            (
                "instructor",
                "The official guidance says about 45 hours with an instructor, plus 20 hours of private practice. In my experience it's closer to 50 for nervous drivers.",
            ),
            ("host", "And what's the most common reason your pupils fail?"),
            (
                "instructor",
                "Observation at junctions, by far. Not looking properly before pulling out. Roundabouts come second.",
            ),
            ("host", "I'd have guessed parallel parking."),
            (
                "instructor",
                "Everyone does! But manoeuvres cause far fewer fails than people think.",
            ),
            (
                "host",
                "There are websites that grab cancelled slots and resell them. What do you make of those?",
            ),
            (
                "instructor",
                "I hate them. A pupil of mine paid £180 for a slot that should cost £62, and she wasn't even ready for it.",
            ),
            ("host", "Did she pass?"),
            ("instructor", "No, she failed on a roundabout and had to wait another four months."),
            ("host", "What's your advice to learners right now?"),
            (
                "instructor",
                "Book the test early, but only once you've had around 20 lessons, and keep checking for cancellations yourself in the evenings. They often appear after 6pm.",
            ),
            ("host", "Has the backlog changed how you run your business?"),
            (
                "instructor",
                "Yes. I stopped taking new pupils in March, because I couldn't give everyone a test-ready slot. I have a waiting list of 30.",
            ),
            ("host", "Maria, thanks for joining us."),
        ],
    },
    "r_driving_lessons_parent_call": {
        "turns": [
            (
                "caller",
                "Hi, is that Ken from Northway Driving School? I'm calling about lessons for my son, Josh. He's just turned 17.",
            ),
            ("instructor", "Speaking, yes. Has he driven at all before?"),
            (
                "caller",
                "Only a few times in a car park with me. He's got his provisional licence and he passed the theory test last week.",
            ),
            ("instructor", "That's a good start. Manual or automatic?"),
            ("caller", "We were thinking manual, because our family car is manual."),
            (
                "instructor",
                "I'd gently push back on that. About 60% of my pupils now learn in an automatic, and they usually need around 10 fewer hours. If he's going to drive an electric car later, it's automatic anyway.",
            ),
            ("caller", "Hmm. What does it cost?"),
            (
                "instructor",
                "My automatic lessons are £42 an hour, or £390 for a block of ten. Manual is £38 an hour.",
            ),
            (
                "caller",
                "Is there an intensive course? He'd like to pass before university in September.",
            ),
            (
                "instructor",
                "I do a five-day intensive, but honestly I don't recommend it for a complete beginner. The test wait here is around four months, so the timing wouldn't work anyway.",
            ),
            ("caller", "Four months? I thought we could just book one."),
            (
                "instructor",
                "Not easily. My advice would be to book the test now for around October, start with two hours a week, and we'll try to pick up a cancellation earlier.",
            ),
            ("caller", "October is after he's gone to university, though."),
            ("instructor", "Is the university far?"),
            ("caller", "Leeds, about three hours away."),
            (
                "instructor",
                "Then he could take the test in the Christmas holidays, or transfer the booking to a centre in Leeds. Both are allowed.",
            ),
            ("caller", "Okay, let's go with automatic then. When can he start?"),
            ("instructor", "I have a slot on Tuesday at 4pm, picking him up from school."),
            ("caller", "Perfect, thank you."),
        ],
    },
    "r_port_container_cranes": {
        "turns": [
            (
                "host",
                "This week on Harbour Talk we're at Greyhaven container terminal, where three new ship-to-shore cranes arrived by sea last month. Helen Marsh is the terminal director. Helen, why new cranes now?",
            ),
            (
                "director",
                "Because the ships have outgrown the old ones. Our old cranes could reach 18 containers across a deck, and the biggest ships calling here are now 22 wide.",
            ),
            ("host", "So what happened with those bigger ships before?"),
            (
                "director",
                "They had to be turned around halfway through loading so we could reach the far side. That added about six hours to every call.",
            ),
            ("host", "Six hours is a lot."),
            (
                "director",
                "It is, and shipping lines notice. One line moved a weekly service to Rotterdam in 2023 partly because of it.",
            ),
            ("host", "How much did the cranes cost?"),
            (
                "director",
                "Together about 36 million euros, built in China and shipped here fully assembled on a heavy-lift vessel.",
            ),
            ("host", "Fully assembled? How tall are they?"),
            (
                "director",
                "Just over 90 metres to the top of the boom when it's raised. They came under no bridges, luckily.",
            ),
            ("host", "Are they operated from the crane cab?"),
            (
                "director",
                "No, and that's the part that caused some friction. They're operated remotely from a control room, so drivers sit at a desk instead of in a cab 40 metres up.",
            ),
            ("host", "How did the crane drivers feel about that?"),
            (
                "director",
                "The union was worried about jobs at first. We agreed that no driver would be made redundant, and everyone gets 12 weeks of retraining on the remote system.",
            ),
            ("host", "Has the productivity improved?"),
            (
                "director",
                "We were aiming for 30 moves an hour per crane. In the first month we've averaged 27, which I'm happy with while people learn.",
            ),
            ("host", "And what comes next for Greyhaven?"),
            (
                "director",
                "A fourth crane, if the new berth extension gets planning approval, probably not before 2027.",
            ),
            ("host", "Helen, thank you."),
        ],
    },
    "r_port_harbour_dredging": {
        "turns": [
            (
                "chair",
                "Welcome to the Portcarrick harbour board's public session. The main item is the dredging and quay plan. Harbourmaster, would you set out the problem?",
            ),
            (
                "harbourmaster",
                "Certainly. The approach channel has silted up to about 3 metres at low water. It used to be 5, and the timber ships we rely on need at least 4.5.",
            ),
            ("fisher", "Which is why they only come in at high tide now."),
            ("harbourmaster", "Exactly, yes."),
            ("chair", "What's the proposal?"),
            (
                "harbourmaster",
                "We'd dredge the channel back to 5.5 metres and extend the north quay by 80 metres. Total cost is estimated at 7.4 million pounds, with 60% from a government ports fund if our bid succeeds.",
            ),
            ("chair", "And the other 40%?"),
            ("harbourmaster", "A loan, repaid from higher harbour dues over 20 years."),
            ("fisher", "Higher dues for everyone, or just the cargo ships?"),
            (
                "harbourmaster",
                "The plan is cargo ships only. Fishing boats under 15 metres would be exempt.",
            ),
            (
                "fisher",
                "Good, because we couldn't pay more. My worry is where the dredged mud goes.",
            ),
            (
                "harbourmaster",
                "The first idea was to dump it at sea, two miles out. We've dropped that, because it's close to the crab grounds. Instead it'll be used to raise the old boatyard site, which floods every winter.",
            ),
            ("fisher", "That I can live with."),
            ("chair", "How long would the work take?"),
            (
                "harbourmaster",
                "About 18 months. The dredging itself would only happen between October and March, to avoid the salmon run.",
            ),
            ("chair", "Will the harbour stay open?"),
            (
                "harbourmaster",
                "Yes, but the north quay would close for roughly six months while it's extended.",
            ),
            ("fisher", "Then where do we land our catch?"),
            (
                "harbourmaster",
                "We'd move the fish landing to the south slip temporarily and put in a second ice machine there.",
            ),
            ("chair", "Thank you. We'll take written comments until the 30th of June."),
        ],
    },
    "r_cycle_courier_coop_pharmacy": {
        "turns": [
            (
                "host",
                "Today on Streetwise I'm with two people from Pedal Freight, a cycle courier cooperative in Halbury. Ola Nowak co-founded it, and Jamie Reyes has ridden for them for three years. Ola, what does Pedal Freight actually do?",
            ),
            (
                "founder",
                "We deliver prescriptions for a chain of six pharmacies, plus some legal documents for solicitors. Prescriptions are about 70% of our work now.",
            ),
            ("host", "How did you land the pharmacy contract?"),
            (
                "founder",
                "They were using a van firm that kept missing the afternoon window. We offered a trial of one month in 2022, and we were on time for 98% of drops, so they signed a three-year deal.",
            ),
            ("host", "Jamie, what's a normal day like?"),
            (
                "rider",
                "I do about 35 drops, which is roughly 60 kilometres. Most of it's on the e-cargo bike, which carries up to 100 kilos in the front box.",
            ),
            ("host", "Sixty kilometres every day?"),
            (
                "rider",
                "It sounds worse than it is. With the motor assist it's fine, though hills in the rain are still miserable.",
            ),
            ("host", "What about medicines that have to stay cold?"),
            (
                "founder",
                "We carry those in small insulated boxes with a temperature logger. The pharmacy checks the log when the box comes back.",
            ),
            ("host", "Why a cooperative rather than a normal company?"),
            (
                "founder",
                "Because in most courier work riders carry all the risk. Here every rider owns a share, gets sick pay, and votes on pay rates.",
            ),
            (
                "rider",
                "And we actually use that vote. Last year we turned down a cheaper deal with a takeaway app because the rate per drop was too low.",
            ),
            ("host", "Was that the right call?"),
            ("rider", "I think so. Ola wasn't sure at the time."),
            (
                "founder",
                "True, I'd have taken it for the volume. But the members were right, and we filled the gap with a second pharmacy chain in the spring.",
            ),
            ("host", "How many riders do you have now?"),
            ("founder", "Fourteen, up from five when we started."),
            ("host", "Ola, Jamie, thank you."),
        ],
    },
    "r_cycle_courier_bakery_trike": {
        "turns": [
            (
                "host",
                "On Streetwise today, a story about bread. Ruth Adeyemi used to deliver for a local bakery by van, and this year she swapped the van for an electric cargo trike. The baker, Nico Bellini, is here too. Ruth, why the change?",
            ),
            (
                "courier",
                "The van was costing me a fortune. Diesel, parking fines and the low emission zone charge added up to around £650 a month.",
            ),
            ("host", "Parking fines?"),
            (
                "courier",
                "Loads of them. Cafés in the old town have no loading bays, so I'd stop on a yellow line for two minutes and get a ticket.",
            ),
            ("host", "And the trike?"),
            (
                "courier",
                "It cost £9,500, and I got a £2,000 grant from the city's clean delivery scheme. Running costs are about £40 a month for charging and tyres.",
            ),
            ("host", "Nico, were you worried about the bread arriving squashed?"),
            (
                "baker",
                "Very worried. Sourdough loaves don't like being thrown about. But the trike has a rigid box with racks that I designed with Ruth, and breakages have actually gone down.",
            ),
            ("host", "How much can the trike carry?"),
            (
                "courier",
                "About 180 kilos, which is enough for the whole morning round of 22 cafés if I do it in two loops.",
            ),
            ("host", "Two loops, so you go back to the bakery in between?"),
            ("courier", "Yes, around half seven."),
            ("host", "Is it faster or slower than the van?"),
            (
                "courier",
                "Faster in the old town, by maybe 20 minutes, because I can use the cycle lanes and pull right up to the door. Slower for the two cafés out on the ring road, so Nico delivers those himself in his car.",
            ),
            (
                "baker",
                "That was the compromise, yes. I'd hoped Ruth could do everything, but the ring road isn't safe on a trike.",
            ),
            ("host", "What about winter?"),
            (
                "courier",
                "I've done one January so far. Ice is the only thing that stops me, and that happened on three days.",
            ),
            ("host", "Would you go back to the van?"),
            ("courier", "Never."),
            ("host", "Ruth, Nico, thank you."),
        ],
    },
}

QUESTIONS = [
    # r_ferry_storm_cancellations
    (
        "How many Westholm crossings were cancelled during the storm week?",
        "r_ferry_storm_cancellations",
        ["We lost 31 of"],
    ),
    (
        "On which day did the Westholm boats manage to sail during the storms?",
        "r_ferry_storm_cancellations",
        ["The only ones that"],
    ),
    (
        "Who decides whether a Westholm sailing goes ahead, the office or the captain?",
        "r_ferry_storm_cancellations",
        ["The master of each"],
    ),
    (
        "At what gust speed does the island ferry company start reconsidering a crossing?",
        "r_ferry_storm_cancellations",
        ["Our guidance says crossings"],
    ),
    (
        "Why does wind from the north cause more trouble for the Westholm ferry than strong southerly wind?",
        "r_ferry_storm_cancellations",
        ["In practice the swell"],
    ),
    (
        "Why didn't the planned goods-only crossing to Westholm happen?",
        "r_ferry_storm_cancellations",
        ["We had a freight-only"],
    ),
    (
        "What are Westholm passengers offered when their crossing is called off?",
        "r_ferry_storm_cancellations",
        ["Anyone whose sailing was"],
    ),
    (
        "How many people have asked for compensation after the Westholm cancellations, and what did most pick?",
        "r_ferry_storm_cancellations",
        ["So far about 420"],
    ),
    (
        "Why does Fiona think improving the pier should come before buying a bigger boat?",
        "r_ferry_storm_cancellations",
        ["I'd love it, but", "My view is that"],
    ),
    (
        "When is the earliest the Westholm pier upgrade could begin?",
        "r_ferry_storm_cancellations",
        ["The earliest date we've"],
    ),
    # r_ferry_chain_ferry_outage
    (
        "What date did the Kelmouth chain ferry break down, and how many vehicles were aboard?",
        "r_ferry_chain_ferry_outage",
        ["On the 4th of"],
    ),
    (
        "What actually made the Kelmouth ferry's chain fail?",
        "r_ferry_chain_ferry_outage",
        ["The new chain was"],
    ),
    (
        "Why was the faulty part missed at the winter check?",
        "r_ferry_chain_ferry_outage",
        ["Our inspection in January"],
    ),
    (
        "How long will it take to get a new chain for the Kelmouth crossing?",
        "r_ferry_chain_ferry_outage",
        ["The chain is made"],
    ),
    (
        "How far do drivers have to go round while the Kelmouth ferry is out of action?",
        "r_ferry_chain_ferry_outage",
        ["The road detour is"],
    ),
    (
        "How often does the stand-in boat for foot passengers run and does it cost anything?",
        "r_ferry_chain_ferry_outage",
        ["We've hired a passenger", "It's free until the"],
    ),
    (
        "Why does the resident think the temporary launch isn't good enough?",
        "r_ferry_chain_ferry_outage",
        ["It stops too early"],
    ),
    (
        "How much extra would it cost to keep the launch going until 11 at night?",
        "r_ferry_chain_ferry_outage",
        ["We priced an extension"],
    ),
    (
        "How will Kelmouth season ticket holders be compensated, and why not with money?",
        "r_ferry_chain_ferry_outage",
        ["Yes, the council agreed", "Cash refunds were ruled"],
    ),
    (
        "Who would still prefer to be paid back in cash?",
        "r_ferry_chain_ferry_outage",
        ["I'd still rather have"],
    ),
    # r_aircargo_live_seafood
    (
        "When did Inverlay Airport start flying shellfish out?",
        "r_aircargo_live_seafood",
        ["It started in 2019,"],
    ),
    (
        "How did the crab catch travel before it went by air from Inverlay?",
        "r_aircargo_live_seafood",
        ["Before that, everything went"],
    ),
    (
        "Where do the Inverlay crab consignments transfer on their way to Asia?",
        "r_aircargo_live_seafood",
        ["We send them on"],
    ),
    (
        "What does Callum say is the toughest part of flying live animals?",
        "r_aircargo_live_seafood",
        ["Temperature, without a"],
    ),
    (
        "What temperature do live crabs need to be kept at?",
        "r_aircargo_live_seafood",
        ["Crabs need to stay"],
    ),
    (
        "Why is dry ice never used when shipping the live crabs?",
        "r_aircargo_live_seafood",
        ["We use insulated boxes"],
    ),
    (
        "How many tonnes of shellfish go out of Inverlay each week in the cold months?",
        "r_aircargo_live_seafood",
        ["In winter it falls"],
    ),
    (
        "What happened to the consignment that got stuck in Amsterdam, and what was it worth?",
        "r_aircargo_live_seafood",
        ["A freighter was delayed"],
    ),
    (
        "What did Inverlay require at the transfer airport after the shellfish loss?",
        "r_aircargo_live_seafood",
        ["After that we insisted"],
    ),
    (
        "How much of the lost shellfish consignment did the cooperative pay for itself?",
        "r_aircargo_live_seafood",
        ["The insurer covered most"],
    ),
    (
        "Why can't freighters fly straight from Inverlay to Asia?",
        "r_aircargo_live_seafood",
        ["Honestly, I'd like a"],
    ),
    # r_aircargo_pharma_cold_chain
    (
        "What proportion of the medicines at Eastgate must be kept between 2 and 8 degrees?",
        "r_aircargo_pharma_cold_chain",
        ["Roughly 70% of it"],
    ),
    (
        "How large is Eastgate's pharmaceutical cooled area, and when did it open?",
        "r_aircargo_pharma_cold_chain",
        ["It's 6,500 square metres"],
    ),
    (
        "What is the main thing the auditor looks at in a cold chain facility?",
        "r_aircargo_pharma_cold_chain",
        ["Time out of temperature,"],
    ),
    (
        "What is Tom's limit for how long drug pallets can wait on the apron?",
        "r_aircargo_pharma_cold_chain",
        ["I want that under"],
    ),
    (
        "How long did pharma pallets spend outside between plane and building at Eastgate last year?",
        "r_aircargo_pharma_cold_chain",
        ["Here the average last"],
    ),
    (
        "How much did Eastgate pay for the cooled equipment that carries pallets out to the planes?",
        "r_aircargo_pharma_cold_chain",
        ["They cost about €400,000"],
    ),
    (
        "What convinced the Eastgate board to spend the money on the refrigerated dollies?",
        "r_aircargo_pharma_cold_chain",
        ["One lost shipment of"],
    ),
    (
        "What went wrong with the insulin consignment in 2021?",
        "r_aircargo_pharma_cold_chain",
        ["We had a rejected"],
    ),
    (
        "What type of container does the auditor advise for long journeys with a stopover?",
        "r_aircargo_pharma_cold_chain",
        ["For long routes with"],
    ),
    (
        "Why does Anika disagree with the auditor about container types?",
        "r_aircargo_pharma_cold_chain",
        ["Modern passive boxes hold"],
    ),
    # r_courier_depot_christmas_peak
    (
        "How many parcels does the Millfield depot handle on an ordinary weekday?",
        "r_courier_depot_christmas_peak",
        ["About 18,000 on a"],
    ),
    (
        "What was Millfield's record daily parcel volume?",
        "r_courier_depot_christmas_peak",
        ["In the second week"],
    ),
    (
        "Why are Millfield's seasonal sorters trained before the Christmas rush?",
        "r_courier_depot_christmas_peak",
        ["They get a week"],
    ),
    (
        "How much does a parcel sent to the wrong place cost the Millfield depot?",
        "r_courier_depot_christmas_peak",
        ["Roughly £7 each time,"],
    ),
    (
        "What did Millfield do instead of bringing in agency drivers?",
        "r_courier_depot_christmas_peak",
        ["We used to hire"],
    ),
    (
        "By how much did failed deliveries drop at Millfield after the change?",
        "r_courier_depot_christmas_peak",
        ["Missed deliveries fell from"],
    ),
    (
        "What happened at Millfield when the conveyor broke down in December?",
        "r_courier_depot_christmas_peak",
        ["It's 12 years old,"],
    ),
    (
        "When will Millfield get its new sorting machine, and why wasn't it installed before Christmas?",
        "r_courier_depot_christmas_peak",
        ["They've approved a new", "I pushed for it"],
    ),
    (
        "What's the single biggest reason parcels get held up, according to Sam?",
        "r_courier_depot_christmas_peak",
        ["Missing postcodes are the"],
    ),
    (
        "What's the last date Sam suggests for sending Christmas presents?",
        "r_courier_depot_christmas_peak",
        ["Post before the 18th,"],
    ),
    # r_courier_depot_black_friday_review
    (
        "How many parcels were still unsorted at Ashdown on the Saturday night?",
        "r_courier_depot_black_friday_review",
        ["The short version is"],
    ),
    (
        "How many parcels did Ashdown expect per day, and how many came on the Friday?",
        "r_courier_depot_black_friday_review",
        ["We planned for 30,000"],
    ),
    (
        "Why did so many more parcels than forecast arrive at Ashdown?",
        "r_courier_depot_black_friday_review",
        ["One big online retailer"],
    ),
    (
        "What time did the driver finish his round on the worst day?",
        "r_courier_depot_black_friday_review",
        ["Mine finished at twenty"],
    ),
    (
        "What went wrong with the handheld scanners at Ashdown?",
        "r_courier_depot_black_friday_review",
        ["A software update on"],
    ),
    (
        "Who sent out the update that broke the scanners?",
        "r_courier_depot_black_friday_review",
        ["Head office IT."],
    ),
    (
        "What will the Ashdown manager ask IT to do over the Christmas period?",
        "r_courier_depot_black_friday_review",
        ["I'll ask them to"],
    ),
    (
        "Why is the supervisor against loading vans in delivery order?",
        "r_courier_depot_black_friday_review",
        ["Street order loading added"],
    ),
    (
        "What was decided about the driver's loading suggestion?",
        "r_courier_depot_black_friday_review",
        ["Let's trial it on"],
    ),
    (
        "When do Ashdown's additional December sorters begin work?",
        "r_courier_depot_black_friday_review",
        ["We're hiring 25 extra"],
    ),
    # r_taxi_small_town_electric
    ("How big is the Bryn Cabs fleet?", "r_taxi_small_town_electric", ["Nine cars, all electric"]),
    (
        "When did Bryn Cabs get rid of its final diesel car?",
        "r_taxi_small_town_electric",
        ["The last diesel went"],
    ),
    (
        "How much did Gwen's firm spend on fuel each month before switching, and what does power cost now?",
        "r_taxi_small_town_electric",
        ["We were spending about"],
    ),
    (
        "What did installing the charging points at Bryn Cabs cost, and who helped pay?",
        "r_taxi_small_town_electric",
        ["Six chargers came to"],
    ),
    (
        "How long is the Cardiff airport trip for Gwen's drivers?",
        "r_taxi_small_town_electric",
        ["The long airport runs"],
    ),
    (
        "How does Bryn Cabs manage the long airport journeys with electric cars?",
        "r_taxi_small_town_electric",
        ["We keep two cars"],
    ),
    (
        "How did Dafydd feel about the electric car after a few weeks?",
        "r_taxi_small_town_electric",
        ["After a month he"],
    ),
    (
        "Which cost went up unexpectedly for Bryn Cabs after going electric?",
        "r_taxi_small_town_electric",
        ["Our premiums went up"],
    ),
    (
        "Under what condition would Gwen recommend electric taxis to other firms?",
        "r_taxi_small_town_electric",
        ["Yes, but only if", "Relying on public chargers"],
    ),
    # r_taxi_coop_zero_emission_vote
    (
        "From when must newly licensed taxis in the city be zero emission?",
        "r_taxi_coop_zero_emission_vote",
        ["The city council has"],
    ),
    (
        "What's the price difference between an electric taxi and a hybrid, according to Marcus?",
        "r_taxi_coop_zero_emission_vote",
        ["A new electric saloon"],
    ),
    (
        "Which works out cheaper for cooperative drivers over five years?",
        "r_taxi_coop_zero_emission_vote",
        ["Over five years, though,"],
    ),
    (
        "Why are many co-op drivers worried about charging at home?",
        "r_taxi_coop_zero_emission_vote",
        ["Half of us live"],
    ),
    (
        "Where will the first taxi-only rapid chargers open?",
        "r_taxi_coop_zero_emission_vote",
        ["The first 12 open"],
    ),
    (
        "What kind of car would Leon rather drive?",
        "r_taxi_coop_zero_emission_vote",
        ["Honestly, a plug-in hybrid."],
    ),
    (
        "Why can't plug-in hybrids be a long-term choice for the co-op's drivers?",
        "r_taxi_coop_zero_emission_vote",
        ["The problem is that"],
    ),
    (
        "How much would charging points at the cooperative's own Mill Lane depot cost, and how much money is in reserve?",
        "r_taxi_coop_zero_emission_vote",
        ["Eight of them would"],
    ),
    (
        "How could the co-op cover the shortfall without a loan?",
        "r_taxi_coop_zero_emission_vote",
        ["Or raise the monthly"],
    ),
    (
        "What will the taxi cooperative members vote on next month?",
        "r_taxi_coop_zero_emission_vote",
        ["Let's put it to"],
    ),
    # r_driving_instructor_test_backlog
    (
        "How long do learners wait for a test at Maria's local centre?",
        "r_driving_instructor_test_backlog",
        ["At our local test"],
    ),
    (
        "What was the test waiting time at Maria's centre before COVID?",
        "r_driving_instructor_test_backlog",
        ["Before the pandemic it"],
    ),
    (
        "How many hours of lessons do anxious learners usually need in Maria's experience?",
        "r_driving_instructor_test_backlog",
        ["In my experience it's"],
    ),
    (
        "What's the most frequent reason Maria's pupils fail their test?",
        "r_driving_instructor_test_backlog",
        ["Observation at junctions, by"],
    ),
    (
        "Does reverse parking cause a lot of test failures?",
        "r_driving_instructor_test_backlog",
        ["But manoeuvres cause far"],
    ),
    (
        "How much did Maria's pupil pay for a resold test booking?",
        "r_driving_instructor_test_backlog",
        ["A pupil of mine"],
    ),
    (
        "What happened to the learner who bought the expensive resold slot?",
        "r_driving_instructor_test_backlog",
        ["No, she failed on"],
    ),
    (
        "At what time of day do cancelled test slots usually show up?",
        "r_driving_instructor_test_backlog",
        ["They often appear after"],
    ),
    (
        "When does Maria think learners should book their test?",
        "r_driving_instructor_test_backlog",
        ["Book the test early,"],
    ),
    (
        "Why did Maria stop taking on new learners?",
        "r_driving_instructor_test_backlog",
        ["I stopped taking new"],
    ),
    # r_driving_lessons_parent_call
    (
        "Has Josh already done his theory exam?",
        "r_driving_lessons_parent_call",
        ["He's got his provisional"],
    ),
    (
        "Why did Josh's parent first want him to learn in a manual?",
        "r_driving_lessons_parent_call",
        ["We were thinking manual,"],
    ),
    (
        "Why does Ken suggest Josh learns in an automatic car?",
        "r_driving_lessons_parent_call",
        ["About 60% of my", "If he's going to"],
    ),
    (
        "How much does Ken charge for ten automatic lessons?",
        "r_driving_lessons_parent_call",
        ["My automatic lessons are"],
    ),
    (
        "What does Ken think of a five-day crash course for Josh?",
        "r_driving_lessons_parent_call",
        ["I do a five-day"],
    ),
    (
        "How long is the wait for a driving test in Northway's area?",
        "r_driving_lessons_parent_call",
        ["The test wait here"],
    ),
    (
        "What plan does Ken suggest for Josh's lessons and test date?",
        "r_driving_lessons_parent_call",
        ["My advice would be"],
    ),
    (
        "Which city is Josh going to study in?",
        "r_driving_lessons_parent_call",
        ["Leeds, about three hours"],
    ),
    (
        "How could Josh still take his test once he has moved away for university?",
        "r_driving_lessons_parent_call",
        ["Then he could take"],
    ),
    (
        "When and where will Josh's first lesson start?",
        "r_driving_lessons_parent_call",
        ["I have a slot"],
    ),
    # r_port_container_cranes
    (
        "How far across a ship could Greyhaven's old cranes reach?",
        "r_port_container_cranes",
        ["Our old cranes could"],
    ),
    (
        "What did Greyhaven have to do with the largest ships before the new cranes arrived?",
        "r_port_container_cranes",
        ["They had to be"],
    ),
    (
        "What did one shipping line do partly because of the delays at Greyhaven?",
        "r_port_container_cranes",
        ["One line moved a"],
    ),
    (
        "How much did the three new Greyhaven cranes cost and where were they built?",
        "r_port_container_cranes",
        ["Together about 36 million"],
    ),
    (
        "How high are the new ship-to-shore cranes?",
        "r_port_container_cranes",
        ["Just over 90 metres"],
    ),
    (
        "Where do the operators control the new Greyhaven cranes from?",
        "r_port_container_cranes",
        ["They're operated remotely from"],
    ),
    (
        "What deal did Greyhaven make with the union over the new cranes?",
        "r_port_container_cranes",
        ["We agreed that no"],
    ),
    (
        "How many container moves an hour did Greyhaven hope for, and how many has it managed so far?",
        "r_port_container_cranes",
        ["We were aiming for", "In the first month"],
    ),
    (
        "When might Greyhaven add another crane, and what does it depend on?",
        "r_port_container_cranes",
        ["A fourth crane, if"],
    ),
    # r_port_harbour_dredging
    (
        "How shallow has the Portcarrick channel become at low tide?",
        "r_port_harbour_dredging",
        ["The approach channel has"],
    ),
    (
        "What depth of water do the timber vessels need?",
        "r_port_harbour_dredging",
        ["It used to be"],
    ),
    (
        "How deep would the Portcarrick channel be dug, and how much longer would the quay get?",
        "r_port_harbour_dredging",
        ["We'd dredge the channel"],
    ),
    (
        "How much would the Portcarrick works cost and how much might the government fund?",
        "r_port_harbour_dredging",
        ["Total cost is estimated"],
    ),
    (
        "How would the rest of the Portcarrick harbour project be financed?",
        "r_port_harbour_dredging",
        ["A loan, repaid from"],
    ),
    (
        "Will small fishing boats at Portcarrick have to pay more in dues?",
        "r_port_harbour_dredging",
        ["Fishing boats under 15"],
    ),
    (
        "Why was dumping the dredged mud at sea dropped?",
        "r_port_harbour_dredging",
        ["We've dropped that, because"],
    ),
    (
        "Where will the mud from the Portcarrick dredging end up?",
        "r_port_harbour_dredging",
        ["Instead it'll be used"],
    ),
    (
        "Why can the dredging only take place in the winter half of the year?",
        "r_port_harbour_dredging",
        ["The dredging itself would"],
    ),
    (
        "Where will fishermen unload their catch while the north quay is shut?",
        "r_port_harbour_dredging",
        ["We'd move the fish"],
    ),
    (
        "What is the deadline for written comments on the Portcarrick plan?",
        "r_port_harbour_dredging",
        ["We'll take written comments"],
    ),
    # r_cycle_courier_coop_pharmacy
    (
        "What share of Pedal Freight's deliveries are prescriptions?",
        "r_cycle_courier_coop_pharmacy",
        ["Prescriptions are about 70%"],
    ),
    (
        "Why did the pharmacies stop using their previous delivery company?",
        "r_cycle_courier_coop_pharmacy",
        ["They were using a"],
    ),
    (
        "How did Pedal Freight perform during its trial with the pharmacies?",
        "r_cycle_courier_coop_pharmacy",
        ["We offered a trial"],
    ),
    (
        "How many deliveries does Jamie make in a day and how far does he ride?",
        "r_cycle_courier_coop_pharmacy",
        ["I do about 35"],
    ),
    (
        "How much weight can Jamie's cargo bike take?",
        "r_cycle_courier_coop_pharmacy",
        ["Most of it's on"],
    ),
    (
        "How does Pedal Freight keep refrigerated medicines cold on the bike?",
        "r_cycle_courier_coop_pharmacy",
        ["We carry those in"],
    ),
    (
        "Why did the founders choose to run Pedal Freight as a cooperative?",
        "r_cycle_courier_coop_pharmacy",
        ["Because in most courier", "Here every rider owns"],
    ),
    (
        "Which contract did the Pedal Freight members turn down, and why?",
        "r_cycle_courier_coop_pharmacy",
        ["Last year we turned"],
    ),
    (
        "Did Ola agree with rejecting the takeaway app deal?",
        "r_cycle_courier_coop_pharmacy",
        ["True, I'd have taken"],
    ),
    (
        "How many riders does the Halbury cooperative have now compared with the beginning?",
        "r_cycle_courier_coop_pharmacy",
        ["Fourteen, up from five"],
    ),
    # r_cycle_courier_bakery_trike
    (
        "How much was Ruth's delivery van costing her each month?",
        "r_cycle_courier_bakery_trike",
        ["Diesel, parking fines and"],
    ),
    (
        "Why did Ruth keep getting parking tickets in the old town?",
        "r_cycle_courier_bakery_trike",
        ["Cafés in the old"],
    ),
    (
        "What did the electric trike cost, and what grant did Ruth get?",
        "r_cycle_courier_bakery_trike",
        ["It cost £9,500, and"],
    ),
    (
        "What does it cost Ruth to run the trike each month?",
        "r_cycle_courier_bakery_trike",
        ["Running costs are about"],
    ),
    (
        "How was the baker's worry about damaged loaves dealt with?",
        "r_cycle_courier_bakery_trike",
        ["But the trike has"],
    ),
    (
        "How many cafés does Ruth supply in the morning and what load can the trike take?",
        "r_cycle_courier_bakery_trike",
        ["About 180 kilos, which"],
    ),
    (
        "At what time does Ruth return to the bakery between her two loops?",
        "r_cycle_courier_bakery_trike",
        ["Yes, around half seven."],
    ),
    (
        "How much quicker is the trike than the van in the old town, and why?",
        "r_cycle_courier_bakery_trike",
        ["Faster in the old"],
    ),
    (
        "Why does Nico drive to the ring road cafés himself?",
        "r_cycle_courier_bakery_trike",
        ["Slower for the two", "I'd hoped Ruth could"],
    ),
    (
        "How many days did icy roads stop Ruth over the winter?",
        "r_cycle_courier_bakery_trike",
        ["Ice is the only"],
    ),
]
