"""Animals and their keepers: stables, fish shops, reptiles, hens, zoos, sheepdog trials, cat shelters  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "y_livery_yard_owner": {
        "turns": [
            (
                "host",
                "Welcome back to Saddle Up, the podcast about life around horses. Today I'm with Fiona Marsh, who runs a livery yard near Ludlow with 22 stables. Fiona, how did you end up doing this?",
            ),
            (
                "guest",
                "Honestly, by accident. My parents had a dairy farm, and when milk prices fell in 2009 we turned the cow sheds into stables. We started with eight boxes and grew from there.",
            ),
            ("host", "And what does livery actually mean, for someone who's never owned a horse?"),
            (
                "guest",
                "It's basically renting a home for your horse. On DIY livery you get the stable and the grazing, and you do all the work yourself. On full livery, my team feeds, mucks out, turns out and brings in every day.",
            ),
            ("host", "What's the price difference?"),
            (
                "guest",
                "DIY is £35 a week here. Full livery is £160 a week, and most of that gap is staff wages.",
            ),
            ("host", "That's quite a jump."),
            (
                "guest",
                "It is, but people forget a groom has to be on the yard at six every morning, including Christmas Day.",
            ),
            ("host", "Hay must be a big cost as well."),
            (
                "guest",
                "Huge. Last winter a small bale went from £4 to nearly £7 after the wet summer ruined the first cut. We ended up buying haylage from Wales to get through March.",
            ),
            ("host", "Did you pass that on to your liveries?"),
            (
                "guest",
                "Only partly. I put the DIY rate up by £3 and absorbed the rest, which hurt.",
            ),
            ("host", "What's the hardest part of the job, apart from money?"),
            (
                "guest",
                "People, not horses. Twenty-two owners means twenty-two opinions about turnout, and someone always thinks their horse deserves the best paddock.",
            ),
            ("host", "How do you settle that?"),
            (
                "guest",
                "We rotate the paddocks every six weeks and I write the rota on a whiteboard by the tack room. Nobody can argue with a whiteboard.",
            ),
            ("host", "Ha. Would you recommend it to someone thinking of starting a yard?"),
            (
                "guest",
                "Only if they already own the land. Buying land for stables now makes no sense unless you charge London prices.",
            ),
            ("host", "Fiona Marsh, thank you."),
            ("guest", "Thanks for having me."),
        ],
    },
    "y_livery_phone_enquiry": {
        "turns": [
            ("manager", "Brook Farm Stables, Dan speaking."),
            (
                "caller",
                "Hi, I'm ringing about livery. I've got a fourteen-year-old cob called Biscuit and my current yard is closing in April.",
            ),
            ("manager", "Sorry to hear that. What sort of livery are you after?"),
            (
                "caller",
                "Part livery ideally. I work in Bristol three days a week, so I can't get up to the yard every morning.",
            ),
            (
                "manager",
                "Right. Our part livery is £95 a week, which covers turnout and bringing in on weekdays, and you do weekends.",
            ),
            ("caller", "Does that include hay?"),
            ("manager", "Hay is extra, it's £12 a week in winter. Hard feed you supply yourself."),
            ("caller", "Okay. What's turnout like?"),
            (
                "manager",
                "Year-round turnout in small herds, usually four or five horses per field. In really wet spells we do restrict it to half days to save the ground.",
            ),
            ("caller", "Biscuit can be a bit bossy with new horses."),
            (
                "manager",
                "That's common. We'd put him in a paddock on his own next to the herd for the first two weeks so they can meet over the fence.",
            ),
            ("caller", "That sounds sensible. Is there an arena?"),
            (
                "manager",
                "There's a 40 by 20 sand school, floodlit until nine at night. There's also a hacking route through the forestry land, which is the main reason people come to us.",
            ),
            ("caller", "Do you have space from April?"),
            (
                "manager",
                "We've got one stable free from the 1st of May, not April, I'm afraid. We could offer grass livery for the gap at £30 a week.",
            ),
            ("caller", "That works. What do you need from me?"),
            (
                "manager",
                "A deposit of one month's fees, proof of insurance, and his passport. Then come and visit on Saturday morning.",
            ),
            ("caller", "Perfect, see you then."),
        ],
    },
    "y_aquarium_new_tank_deaths": {
        "turns": [
            ("assistant", "Hi there, can I help?"),
            (
                "customer",
                "I hope so. I bought six neon tetras here on Saturday and three of them were dead by Tuesday morning.",
            ),
            ("assistant", "Oh no. How long has the tank been set up?"),
            ("customer", "About a week. I filled it last Sunday."),
            (
                "assistant",
                "Right, that's probably the problem. A brand-new tank has no bacteria to break down the waste yet, so ammonia builds up fast.",
            ),
            ("customer", "Nobody told me that when I bought them."),
            (
                "assistant",
                "I'm sorry, whoever served you should have asked. Did you bring a water sample?",
            ),
            ("customer", "Yes, it's in this jam jar."),
            (
                "assistant",
                "Let me test it. The ammonia is reading about 2 parts per million, and it should be zero.",
            ),
            ("customer", "Is that bad?"),
            (
                "assistant",
                "It's very high for neons. Do a 50% water change today and another tomorrow, and use a dechlorinator each time.",
            ),
            ("customer", "And the three that are left?"),
            (
                "assistant",
                "Keep them in, but feed them only once every two days until the readings drop. Uneaten flakes rot and make it worse.",
            ),
            ("customer", "How long until it's safe to add more fish?"),
            (
                "assistant",
                "Usually four to six weeks. I'd add a bottle of live bacteria starter to speed it up, it's £8.99.",
            ),
            ("customer", "Will you replace the ones that died?"),
            (
                "assistant",
                "Our policy is a replacement within seven days if the water test was done here first, which it wasn't. But I'll give you the starter free as a goodwill gesture.",
            ),
            ("customer", "That's kind, thank you."),
        ],
    },
    "y_aquarium_reef_heater": {
        "turns": [
            ("owner", "Coral Corner Aquatics, Priya speaking."),
            (
                "caller",
                "Hi Priya, it's Martin, I bought a reef setup from you in March. I've got a bit of an emergency.",
            ),
            ("owner", "Go on."),
            (
                "caller",
                "I got home and the tank was at 31 degrees. My clownfish are gasping at the surface and the mushroom corals have shrivelled up.",
            ),
            (
                "owner",
                "Okay, first thing, unplug the heater. It sounds like the thermostat has stuck on.",
            ),
            ("caller", "Done. It's a 200 watt one, it came with the kit."),
            (
                "owner",
                "Those cheaper kit heaters do fail, unfortunately. Now float some sealed bags of cold water in the tank, not ice straight in, and point a desk fan across the surface.",
            ),
            ("caller", "How fast should I bring it down?"),
            (
                "owner",
                "No more than about two degrees an hour. If you crash it to 24 straight away you'll shock everything that's survived.",
            ),
            ("caller", "Right. Should I do a water change as well?"),
            (
                "owner",
                "Not tonight. Warm water holds less oxygen, so get an airstone running instead if you have one.",
            ),
            ("caller", "I've got one in a drawer somewhere."),
            (
                "owner",
                "Perfect. Once it's stable, I'd replace that heater with a titanium one and a separate controller. It's about £70 for both, but the controller cuts the power if the heater sticks again.",
            ),
            ("caller", "Is that what you use?"),
            (
                "owner",
                "I run two smaller heaters on every display tank, so if one fails the other can't overheat the water on its own.",
            ),
            ("caller", "Clever. I'll come in on Thursday."),
            ("owner", "Bring a photo of the corals and we'll see what can be saved."),
        ],
    },
    "y_tortoise_keeper": {
        "turns": [
            (
                "host",
                "On Cold Blood this week, I'm talking to Gareth Price, who has kept Hermann's tortoises for 30 years. Gareth, how many do you have now?",
            ),
            (
                "guest",
                "Eleven at the moment. The oldest, Dolly, came from my grandmother in 1994, and we think she's over sixty.",
            ),
            ("host", "Over sixty! How do you even know?"),
            (
                "guest",
                "We don't, exactly. My grandmother bought her from a pet shop in the sixties, when tortoises were imported by the crate, which thankfully is banned now.",
            ),
            ("host", "Let's talk about winter. Do yours hibernate?"),
            (
                "guest",
                "The healthy adults do, for about ten weeks. I use a fridge in the garage set to 5 degrees, because a cardboard box in a shed swings too much in temperature.",
            ),
            ("host", "A fridge? People must think you're mad."),
            (
                "guest",
                "They do, until they see the results. A shed can drop below freezing, and a frozen tortoise can go blind.",
            ),
            ("host", "How do you decide which ones skip it?"),
            (
                "guest",
                "I weigh them every week in autumn. If one is losing more than one percent of its body weight a month, it stays awake indoors under lamps.",
            ),
            ("host", "And what lamps do you use for the indoor ones?"),
            (
                "guest",
                "A mercury vapour bulb, which gives heat and UVB in one. They cost about £40 and need replacing every year, even if they still light up.",
            ),
            ("host", "Why, if they still work?"),
            (
                "guest",
                "The UV output fades long before the visible light does. You can't see it happening.",
            ),
            ("host", "Any advice for a new keeper?"),
            (
                "guest",
                "Get them outside as much as possible in summer. A tortoise table indoors is fine, but nothing beats real sunshine and grazing on weeds.",
            ),
            ("host", "Gareth, thank you."),
        ],
    },
    "y_bearded_dragon_rescue": {
        "turns": [
            (
                "host",
                "Today on the Reptile Hour I'm joined by Leanne from Tyneside Reptile Rescue. Leanne, your centre takes in about how many animals a year?",
            ),
            ("keeper", "Last year it was 140, and roughly a third were bearded dragons."),
            ("host", "Why so many beardies?"),
            (
                "keeper",
                "They're sold as easy starter pets, and then people realise they live twelve years and need a vivarium the size of a wardrobe.",
            ),
            ("host", "Tell me about Spike, the one in your latest appeal."),
            (
                "keeper",
                "Spike came in in February, kept in a tank that was far too small with just a red heat bulb and no UV at all. His back legs were bent and he could barely climb.",
            ),
            ("host", "That's metabolic bone disease, isn't it?"),
            (
                "keeper",
                "Exactly, yes. Without UVB they can't use the calcium in their food, so the bones go soft.",
            ),
            ("host", "Can that be reversed?"),
            (
                "keeper",
                "Partly. He's now on a long fluorescent UV tube covering two thirds of the vivarium, and calcium dust on his insects five times a week. He's climbing again, though his legs will always be a bit crooked.",
            ),
            ("host", "What about the red bulb, what's wrong with that?"),
            (
                "keeper",
                "Red bulbs disturb their sleep, because dragons can see red light. We switch everything off at night unless the room falls under 15 degrees.",
            ),
            ("host", "Is Spike ready for adoption?"),
            (
                "keeper",
                "Not quite. We want him to put on another 50 grams first, so probably June.",
            ),
            ("host", "And what do adopters need?"),
            (
                "keeper",
                "A vivarium of at least four feet by two by two, proof they've budgeted around £300 for the setup, and a home check by one of our volunteers.",
            ),
            ("host", "Thanks, Leanne."),
        ],
    },
    "y_ex_battery_hens": {
        "turns": [
            (
                "host",
                "My guest today adopted her first chickens last spring. Sarah, where did they come from?",
            ),
            (
                "guest",
                "From a hen rescue charity that collects birds from commercial farms when they're eighteen months old and due for slaughter. We took four, and the donation was £5 each.",
            ),
            ("host", "What state were they in?"),
            (
                "guest",
                "Pretty sorry. Two were almost bald on their backs, and none of them had ever walked on grass. They just stood in the doorway of the coop for the first afternoon.",
            ),
            ("host", "Oh, bless them."),
            (
                "guest",
                "By the second day they were scratching up my lawn, which I've now given up on completely.",
            ),
            ("host", "What did you house them in?"),
            (
                "guest",
                "We were going to buy a flat-pack coop online for about £120, but a neighbour warned us the wood is thin and red mites hide in the joints. So we spent £380 on a recycled plastic one instead.",
            ),
            ("host", "Was that worth it?"),
            ("guest", "Absolutely. You just pressure-wash it, there's nowhere for mites to live."),
            ("host", "And eggs?"),
            (
                "guest",
                "More than we expected. Three of them lay most days, so we get around 18 eggs a week, and the fourth, Mabel, has never laid one.",
            ),
            ("host", "Never?"),
            (
                "guest",
                "Not once. The kids wanted to call her Freeloader, but she's the friendliest, she sits on my lap.",
            ),
            ("host", "What about foxes?"),
            (
                "guest",
                "We lock them in at dusk every single night, and the run has wire buried 30 centimetres down. A friend lost all six of hers in one night because she was late home.",
            ),
            ("host", "Would you do it again?"),
            ("guest", "Tomorrow. Just don't expect a tidy garden."),
        ],
    },
    "y_allotment_chicken_coop": {
        "turns": [
            (
                "chair",
                "Next item, the proposal to keep chickens on plot 27. Keith, you put this forward.",
            ),
            (
                "keith",
                "I did. Plot 27 has been empty since Easter, and six of us would share a flock of eight hens, with a rota for feeding and locking up.",
            ),
            ("chair", "What would it cost the society?"),
            (
                "keith",
                "Nothing. The six of us would put in £60 each to cover the coop, the fencing and the first sacks of feed.",
            ),
            (
                "joan",
                "I'm not against it, but I'm worried about rats. Chicken feed brings them in, and plot 26 is mine.",
            ),
            (
                "keith",
                "That's fair. We'd use a treadle feeder, where the hens step on a plate to open the lid, so the rats can't get at it.",
            ),
            ("joan", "And what happens when someone on the rota goes on holiday?"),
            ("keith", "They swap with someone else. If nobody covers, I'll do it, I'm retired."),
            (
                "chair",
                "What about the rules? Our tenancy agreement with the council only allows hens if we tell them in writing.",
            ),
            (
                "keith",
                "I'd write to them this week. No cockerels, so no noise complaints from the houses on Mill Lane.",
            ),
            ("joan", "Will the rest of us get any eggs?"),
            (
                "keith",
                "We'd put spare eggs in an honesty box by the gate, £2 for half a dozen, and the money goes back into feed.",
            ),
            ("chair", "Shall we vote? All in favour?"),
            ("joan", "I'll vote yes, on condition we review the rat situation in six months."),
            ("chair", "Agreed, with a review in October. Carried."),
        ],
    },
    "y_red_panda_arrival": {
        "turns": [
            (
                "host",
                "I'm at Harbour Wildlife Park with head keeper Tom Okafor, where a new red panda arrived last week. Tom, where has she come from?",
            ),
            (
                "keeper",
                "She's come from a zoo in Rotterdam. Her name's Mei, she's two years old, and she's here as part of the European breeding programme to pair up with our male, Bao.",
            ),
            ("host", "How do you move a red panda across the North Sea?"),
            (
                "keeper",
                "In a ventilated wooden crate in the back of a climate-controlled van, on the overnight ferry to Harwich. I went over to Rotterdam myself two days before so she'd get used to my voice.",
            ),
            ("host", "How was she when she arrived?"),
            (
                "keeper",
                "Calm, actually. She ate bamboo within an hour, which is the sign we look for.",
            ),
            ("host", "When will she meet Bao?"),
            (
                "keeper",
                "Not for at least a month. She's in quarantine first, and then they'll share a fence so they can smell each other before we open the door.",
            ),
            ("host", "What if they don't get on?"),
            (
                "keeper",
                "It happens. The programme coordinator would then recommend another male, possibly from a park in France.",
            ),
            ("host", "How much bamboo does one red panda get through?"),
            (
                "keeper",
                "About a kilo and a half a day. We grow most of it ourselves on a plot behind the car park, because buying it in would cost us about £9,000 a year.",
            ),
            ("host", "Wow. And visitors, when can they see her?"),
            (
                "keeper",
                "We're hoping for the Easter holidays, but honestly, that's her decision, not ours.",
            ),
            ("host", "Tom, thanks."),
            ("keeper", "Cheers."),
        ],
    },
    "y_giraffe_move": {
        "turns": [
            (
                "host",
                "Moving a giraffe sounds like a nightmare. Claire, you're the section leader for hoofstock at Moorfield Zoo, and you've just sent Jabari to a zoo in Scotland. Why did he have to go?",
            ),
            (
                "keeper",
                "He's three now, and in the wild young males leave their mothers' herd at about that age. Keeping him here would have meant fights with our breeding bull.",
            ),
            ("host", "How tall is he?"),
            (
                "keeper",
                "Just over four metres, which is the whole problem. A giraffe trailer has a roof that lifts, and we had to plan the route to avoid every low bridge between here and Edinburgh.",
            ),
            ("host", "How long was the journey?"),
            (
                "keeper",
                "Eleven hours, with a stop every two hours to check on him. We'd planned nine, but a lorry broke down near Carlisle and we sat in a queue.",
            ),
            ("host", "Did he have to be sedated?"),
            (
                "keeper",
                "No, and that was deliberate. Sedation is risky for giraffes, so we spent four months training him to walk into the trailer on his own for carrot rewards.",
            ),
            ("host", "Four months?"),
            (
                "keeper",
                "Every morning. First just the ramp, then one step in, then eating his breakfast inside.",
            ),
            ("host", "How did you feel when he left?"),
            (
                "keeper",
                "Awful, honestly. I'd looked after him since the night he was born. But the team in Edinburgh send me photos every Friday, and he's already bossing their two females around.",
            ),
            ("host", "What did the whole move cost?"),
            (
                "keeper",
                "Around £6,000, mostly the specialist haulier. The receiving zoo pays, which is the usual arrangement in the breeding programme.",
            ),
            ("host", "Claire, thanks for sharing it."),
            ("keeper", "My pleasure."),
        ],
    },
    "y_local_sheepdog_trial": {
        "turns": [
            (
                "host",
                "This Saturday the Dalebeck Sheepdog Trial returns after a three-year gap. Organiser Ruth Hebden is with me. Ruth, why did it stop?",
            ),
            (
                "organiser",
                "The farmer who lent us the field retired and sold up in 2021, and nobody else had a flat enough field near the village.",
            ),
            ("host", "So where is it now?"),
            (
                "organiser",
                "On the Garside family's land, on the far side of the river. It's steeper than we'd like, but the handlers say a slope actually makes a better test.",
            ),
            ("host", "How many are entered?"),
            (
                "organiser",
                "Forty-eight runs so far, which is more than we ever had before. Some are coming from as far as Northumberland.",
            ),
            ("host", "Where do the sheep come from?"),
            (
                "organiser",
                "That's the hardest bit. You need about 150 sheep that haven't been worked by dogs before, so they behave naturally. Three local farmers are lending us Swaledale ewes.",
            ),
            ("host", "For anyone who's never been, how does a run work?"),
            (
                "organiser",
                "The handler stands at the post and sends the dog out to gather three sheep about 400 yards away. Then the dog brings them back, drives them round a course of gates, and they finish by penning them.",
            ),
            ("host", "And the scoring?"),
            (
                "organiser",
                "Every run starts on 100 points, and the judge takes points off for every wobble. The judge this year is Alan Pickersgill, who's judged at the national.",
            ),
            ("host", "Is it free to watch?"),
            (
                "organiser",
                "£5 a car, and there's face painting for children by the tea tent. All profits go to the village hall roof.",
            ),
            ("host", "Great. Good luck for Saturday."),
            ("organiser", "Thanks, see you there."),
        ],
    },
    "y_first_national_trial": {
        "turns": [
            (
                "host",
                "Joining me is Iwan Jenkins, a shepherd from Powys who has just run at his first national sheepdog trial. Iwan, how did it go?",
            ),
            (
                "handler",
                "Better than I feared, worse than I hoped. We finished 19th out of about 150.",
            ),
            ("host", "That's pretty good for a first time!"),
            ("handler", "My wife says the same. But we were in the top ten until the shed."),
            ("host", "The shed?"),
            (
                "handler",
                "It's the part where the dog has to split two sheep off from the group of five, inside a marked ring. My bitch Nell got nervous with the crowd and kept pushing them back together. We lost eleven points there alone.",
            ),
            ("host", "How many points is the national run out of?"),
            (
                "handler",
                "110 at the national, because it's a longer course than a local trial. We scored 82.",
            ),
            ("host", "How did you qualify?"),
            (
                "handler",
                "You need to finish in the top places at enough open trials over the summer. I did 14 trials last year, driving over 3,000 miles with Nell in the back of a pickup.",
            ),
            ("host", "That's some commitment. Is there prize money?"),
            (
                "handler",
                "Barely enough for the diesel. People do it for the breeding reputation. A pup from a dog that's done well at the national can sell for a thousand pounds or more.",
            ),
            ("host", "Will you try again next year?"),
            (
                "handler",
                "Already planning it. Nell's only four, and I think she'll be calmer now she's seen a big crowd once.",
            ),
            ("host", "Iwan, congratulations."),
            ("handler", "Diolch, thank you."),
        ],
    },
    "y_cat_adoption_call": {
        "turns": [
            ("staff", "Whiskers Cat Rescue, this is Anya."),
            (
                "caller",
                "Hello, I saw two cats on your website, Pepper and Salt, the black and white pair. Are they still available?",
            ),
            (
                "staff",
                "They are. They're sisters, eleven years old, and they came in when their owner went into a care home.",
            ),
            ("caller", "Oh, that's sad. Do they have to go together?"),
            (
                "staff",
                "Yes, they've never been apart, and Salt stops eating when she's separated from Pepper. We tried it for one night and she wouldn't touch her food.",
            ),
            ("caller", "I live in a flat on the second floor. Is that a problem?"),
            (
                "staff",
                "Not for these two. They were indoor cats before, so a flat suits them. For younger cats we usually ask for a garden.",
            ),
            ("caller", "What's the adoption fee?"),
            ("staff", "For cats over ten it's £40 each, so £80 for the pair. Kittens are £95."),
            ("caller", "That's less than I expected."),
            (
                "staff",
                "We keep it low for older cats, because they wait the longest. Pepper and Salt have been with us since September.",
            ),
            ("caller", "What happens next?"),
            (
                "staff",
                "You fill in the online form, then one of our volunteers does a home visit, usually within a week. After that you can meet them at the centre.",
            ),
            ("caller", "Can I bring my partner to meet them?"),
            ("staff", "Please do. We like everyone who lives in the home to meet them first."),
            ("caller", "Lovely. I'll do the form tonight."),
        ],
    },
    "y_kitten_season_meeting": {
        "turns": [
            (
                "manager",
                "Thanks for coming, everyone. The main thing tonight is kitten season. We've got 63 cats on site and only 50 pens.",
            ),
            ("volunteer", "Where are the other 13?"),
            (
                "manager",
                "In carriers in the office, and two in my bathroom at home, which can't go on.",
            ),
            ("treasurer", "Is it worse than last year?"),
            (
                "manager",
                "Much. Last June we peaked at 41. People stopped neutering during the cost of living squeeze, so we're seeing whole litters dumped in boxes.",
            ),
            ("volunteer", "Could we recruit more foster carers? I've got a spare room."),
            (
                "manager",
                "That's exactly what I want to propose. If we had 10 more foster homes, each taking a mother and her kittens, we'd be under capacity by August.",
            ),
            (
                "treasurer",
                "Foster carers cost us money, though. We supply the litter, food and flea treatment.",
            ),
            ("manager", "Roughly how much per litter?"),
            (
                "treasurer",
                "About £25 a week, for around eight weeks until the kittens can be adopted. So £200 a litter.",
            ),
            ("volunteer", "Cheaper than building new pens, surely."),
            (
                "treasurer",
                "True. The pen extension was quoted at £18,000, and we turned it down in March.",
            ),
            ("manager", "So can we afford ten foster homes?"),
            (
                "treasurer",
                "We can for this summer, from the legacy Mrs Dawson left us. Not every year, though.",
            ),
            (
                "manager",
                "Then let's do it. I'll post an appeal on Facebook tomorrow and run a foster training evening on the 14th.",
            ),
            ("volunteer", "Put me down as the first one."),
        ],
    },
}

QUESTIONS = [
    # y_livery_yard_owner
    (
        "When did Fiona's family turn their farm buildings into horse stables?",
        "y_livery_yard_owner",
        ["My parents had a"],
    ),
    (
        "How many stables did the Ludlow yard start out with?",
        "y_livery_yard_owner",
        ["We started with eight"],
    ),
    (
        "What does an owner get on do-it-yourself livery?",
        "y_livery_yard_owner",
        ["On DIY livery you"],
    ),
    (
        "What does full livery cost per week at Fiona's yard?",
        "y_livery_yard_owner",
        ["Full livery is £160"],
    ),
    (
        "Why is full livery so much dearer than DIY?",
        "y_livery_yard_owner",
        ["Full livery is £160", "It is, but people"],
    ),
    (
        "How much did hay go up by after the wet summer?",
        "y_livery_yard_owner",
        ["Last winter a small"],
    ),
    (
        "Where did the yard have to source feed from to last the winter?",
        "y_livery_yard_owner",
        ["We ended up buying"],
    ),
    (
        "Did Fiona charge her liveries more because of the feed prices?",
        "y_livery_yard_owner",
        ["I put the DIY"],
    ),
    (
        "What does Fiona find hardest about running the yard?",
        "y_livery_yard_owner",
        ["People, not horses.", "Twenty-two owners means twenty-two"],
    ),
    (
        "How does the yard avoid rows over who gets the best field?",
        "y_livery_yard_owner",
        ["We rotate the paddocks"],
    ),
    (
        "Who does Fiona think should set up a livery business?",
        "y_livery_yard_owner",
        ["Only if they already", "Buying land for stables"],
    ),
    # y_livery_phone_enquiry
    (
        "Why is the owner of the cob looking for a new yard?",
        "y_livery_phone_enquiry",
        ["I've got a fourteen-year-old"],
    ),
    (
        "Why does the caller want part livery rather than doing everything herself?",
        "y_livery_phone_enquiry",
        ["I work in Bristol"],
    ),
    ("How much is part livery at Brook Farm?", "y_livery_phone_enquiry", ["Our part livery is"]),
    (
        "Is hay included in the weekly part livery price?",
        "y_livery_phone_enquiry",
        ["Hay is extra, it's"],
    ),
    (
        "When does Brook Farm limit turnout to half days?",
        "y_livery_phone_enquiry",
        ["In really wet spells"],
    ),
    (
        "How would they settle a horse that is bossy with the others?",
        "y_livery_phone_enquiry",
        ["We'd put him in"],
    ),
    (
        "What do most people choose Brook Farm for?",
        "y_livery_phone_enquiry",
        ["There's also a hacking"],
    ),
    (
        "How late can you ride in the school at Brook Farm?",
        "y_livery_phone_enquiry",
        ["There's a 40 by"],
    ),
    (
        "When is a stable actually free for Biscuit?",
        "y_livery_phone_enquiry",
        ["We've got one stable"],
    ),
    (
        "What can the horse go on until the stable is available, and at what price?",
        "y_livery_phone_enquiry",
        ["We could offer grass"],
    ),
    (
        "What paperwork and payment does the yard need before the horse moves in?",
        "y_livery_phone_enquiry",
        ["A deposit of one"],
    ),
    # y_aquarium_new_tank_deaths
    (
        "How many of the tetras died after being bought?",
        "y_aquarium_new_tank_deaths",
        ["I bought six neon"],
    ),
    (
        "How long had the customer's aquarium been running?",
        "y_aquarium_new_tank_deaths",
        ["About a week."],
    ),
    (
        "Why do fish die so quickly in a freshly set up tank?",
        "y_aquarium_new_tank_deaths",
        ["A brand-new tank has"],
    ),
    ("What did the ammonia test show?", "y_aquarium_new_tank_deaths", ["The ammonia is reading"]),
    (
        "How much water should be changed to fix the problem?",
        "y_aquarium_new_tank_deaths",
        ["Do a 50% water"],
    ),
    (
        "How often should the remaining neons be fed for now?",
        "y_aquarium_new_tank_deaths",
        ["Keep them in, but"],
    ),
    (
        "Why does too much food make the tank worse?",
        "y_aquarium_new_tank_deaths",
        ["Uneaten flakes rot and"],
    ),
    (
        "How long before more fish can safely go in the tank?",
        "y_aquarium_new_tank_deaths",
        ["Usually four to six"],
    ),
    ("What does the bacteria starter cost?", "y_aquarium_new_tank_deaths", ["I'd add a bottle"]),
    (
        "Why wouldn't the shop give replacement tetras?",
        "y_aquarium_new_tank_deaths",
        ["Our policy is a"],
    ),
    # y_aquarium_reef_heater
    ("When did Martin buy his reef tank kit?", "y_aquarium_reef_heater", ["Hi Priya, it's Martin"]),
    ("How hot had the reef aquarium got?", "y_aquarium_reef_heater", ["I got home and"]),
    ("What had gone wrong with the heater?", "y_aquarium_reef_heater", ["It sounds like the"]),
    (
        "What should you do to cool down an overheated marine tank?",
        "y_aquarium_reef_heater",
        ["Now float some sealed"],
    ),
    (
        "How fast is it safe to drop the temperature?",
        "y_aquarium_reef_heater",
        ["No more than about"],
    ),
    (
        "Why did Priya say not to change the water that night?",
        "y_aquarium_reef_heater",
        ["Warm water holds less"],
    ),
    (
        "What kit did Priya recommend to replace the broken heater?",
        "y_aquarium_reef_heater",
        ["Once it's stable, I'd"],
    ),
    (
        "How does a separate controller help and what do the parts cost?",
        "y_aquarium_reef_heater",
        ["It's about £70 for"],
    ),
    (
        "How does the shop owner stop her own tanks overheating?",
        "y_aquarium_reef_heater",
        ["I run two smaller"],
    ),
    # y_tortoise_keeper
    (
        "How old is the oldest tortoise believed to be?",
        "y_tortoise_keeper",
        ["The oldest, Dolly, came"],
    ),
    (
        "Where did the old tortoise originally come from?",
        "y_tortoise_keeper",
        ["My grandmother bought her"],
    ),
    (
        "How long do Gareth's adult tortoises sleep through the winter?",
        "y_tortoise_keeper",
        ["The healthy adults do"],
    ),
    (
        "Why does Gareth hibernate his tortoises in a fridge?",
        "y_tortoise_keeper",
        ["I use a fridge", "A shed can drop"],
    ),
    (
        "What can happen to a tortoise that gets too cold in winter?",
        "y_tortoise_keeper",
        ["A shed can drop"],
    ),
    (
        "How does he decide which tortoises stay awake over winter?",
        "y_tortoise_keeper",
        ["I weigh them every", "If one is losing"],
    ),
    (
        "What light does he use for the tortoises kept indoors?",
        "y_tortoise_keeper",
        ["A mercury vapour bulb"],
    ),
    (
        "Why change a UV lamp every year if it still works?",
        "y_tortoise_keeper",
        ["The UV output fades"],
    ),
    (
        "What's Gareth's advice for someone new to tortoises?",
        "y_tortoise_keeper",
        ["Get them outside as"],
    ),
    # y_bearded_dragon_rescue
    (
        "How many reptiles did the Tyneside rescue take in last year?",
        "y_bearded_dragon_rescue",
        ["Last year it was"],
    ),
    (
        "Why do so many bearded dragons get given up?",
        "y_bearded_dragon_rescue",
        ["They're sold as easy"],
    ),
    (
        "What condition was Spike in when he was brought in?",
        "y_bearded_dragon_rescue",
        ["Spike came in in", "His back legs were"],
    ),
    (
        "Why do a lizard's bones go soft without UV?",
        "y_bearded_dragon_rescue",
        ["Without UVB they can't"],
    ),
    (
        "What lighting and supplements is Spike getting now?",
        "y_bearded_dragon_rescue",
        ["He's now on a"],
    ),
    (
        "Will Spike's legs go back to normal?",
        "y_bearded_dragon_rescue",
        ["He's climbing again, though"],
    ),
    (
        "What's wrong with using a red heat lamp for a dragon?",
        "y_bearded_dragon_rescue",
        ["Red bulbs disturb their"],
    ),
    (
        "When does the rescue turn the heating on overnight?",
        "y_bearded_dragon_rescue",
        ["We switch everything off"],
    ),
    (
        "When is Spike likely to be ready for a new home?",
        "y_bearded_dragon_rescue",
        ["We want him to"],
    ),
    (
        "What does someone need to adopt a dragon from the rescue?",
        "y_bearded_dragon_rescue",
        ["A vivarium of at"],
    ),
    # y_ex_battery_hens
    ("Where did Sarah get her chickens from?", "y_ex_battery_hens", ["From a hen rescue"]),
    ("How much did Sarah pay for each rescued hen?", "y_ex_battery_hens", ["We took four, and"]),
    (
        "What shape were the rescue hens in when they got them home?",
        "y_ex_battery_hens",
        ["Two were almost bald"],
    ),
    ("Why didn't they buy the cheap wooden hen house?", "y_ex_battery_hens", ["We were going to"]),
    ("How much did Sarah's coop cost in the end?", "y_ex_battery_hens", ["So we spent £380"]),
    (
        "Why is a plastic coop better for keeping mites away?",
        "y_ex_battery_hens",
        ["You just pressure-wash it"],
    ),
    ("How many eggs does Sarah get each week?", "y_ex_battery_hens", ["Three of them lay"]),
    (
        "What did the children want to name the hen that never lays?",
        "y_ex_battery_hens",
        ["The kids wanted to"],
    ),
    ("How does Sarah keep her hens safe from foxes?", "y_ex_battery_hens", ["We lock them in"]),
    ("What happened to her friend's hens?", "y_ex_battery_hens", ["A friend lost all"]),
    # y_allotment_chicken_coop
    (
        "How many hens would the allotment members share?",
        "y_allotment_chicken_coop",
        ["Plot 27 has been"],
    ),
    (
        "How much would each member put in for the allotment hens?",
        "y_allotment_chicken_coop",
        ["The six of us"],
    ),
    (
        "Who raised concerns about rats and why did it matter to her?",
        "y_allotment_chicken_coop",
        ["I'm not against it,", "Chicken feed brings them"],
    ),
    (
        "How would they keep vermin away from the chicken feed?",
        "y_allotment_chicken_coop",
        ["We'd use a treadle"],
    ),
    (
        "What happens if the person on the rota is away?",
        "y_allotment_chicken_coop",
        ["They swap with someone", "If nobody covers, I'll"],
    ),
    (
        "What does the allotment's lease say about keeping hens?",
        "y_allotment_chicken_coop",
        ["Our tenancy agreement with"],
    ),
    (
        "Why would there be no rooster in the flock?",
        "y_allotment_chicken_coop",
        ["No cockerels, so no"],
    ),
    (
        "How would surplus eggs be sold on the allotment?",
        "y_allotment_chicken_coop",
        ["We'd put spare eggs"],
    ),
    (
        "What did Joan want in return for supporting the plan?",
        "y_allotment_chicken_coop",
        ["I'll vote yes, on"],
    ),
    (
        "When will the committee look at the rat problem again?",
        "y_allotment_chicken_coop",
        ["Agreed, with a review"],
    ),
    # y_red_panda_arrival
    ("Where did the new red panda travel from?", "y_red_panda_arrival", ["She's come from a"]),
    (
        "Why has the female red panda come to Harbour Wildlife Park?",
        "y_red_panda_arrival",
        ["Her name's Mei, she's"],
    ),
    (
        "How was the red panda brought over to England?",
        "y_red_panda_arrival",
        ["In a ventilated wooden"],
    ),
    (
        "Why did the keeper go to the Netherlands before the move?",
        "y_red_panda_arrival",
        ["I went over to"],
    ),
    (
        "What told the keepers the panda was coping well?",
        "y_red_panda_arrival",
        ["She ate bamboo within"],
    ),
    (
        "How will they introduce Mei to the male?",
        "y_red_panda_arrival",
        ["She's in quarantine first"],
    ),
    (
        "What would happen if the two pandas didn't get along?",
        "y_red_panda_arrival",
        ["The programme coordinator would"],
    ),
    ("How much does a red panda eat in a day?", "y_red_panda_arrival", ["About a kilo and"]),
    ("Why does the park grow its own panda food?", "y_red_panda_arrival", ["We grow most of"]),
    (
        "When will the public be able to see the red panda?",
        "y_red_panda_arrival",
        ["We're hoping for the"],
    ),
    # y_giraffe_move
    (
        "Why did the young giraffe have to leave Moorfield?",
        "y_giraffe_move",
        ["He's three now, and", "Keeping him here would"],
    ),
    ("How tall is Jabari?", "y_giraffe_move", ["Just over four metres"]),
    (
        "How did they deal with the giraffe's height on the road?",
        "y_giraffe_move",
        ["A giraffe trailer has"],
    ),
    (
        "How long did it take to drive the giraffe to Scotland?",
        "y_giraffe_move",
        ["Eleven hours, with a"],
    ),
    (
        "Why did the giraffe journey take longer than planned?",
        "y_giraffe_move",
        ["We'd planned nine, but"],
    ),
    (
        "Why wasn't the giraffe knocked out for the trip?",
        "y_giraffe_move",
        ["Sedation is risky for"],
    ),
    (
        "How did they teach the giraffe to load into the trailer?",
        "y_giraffe_move",
        ["Sedation is risky for", "First just the ramp"],
    ),
    ("How does Claire keep in touch with Jabari now?", "y_giraffe_move", ["But the team in"]),
    ("How much did it cost to move the giraffe?", "y_giraffe_move", ["Around £6,000, mostly the"]),
    (
        "Which zoo covers the cost of a transfer like that?",
        "y_giraffe_move",
        ["The receiving zoo pays"],
    ),
    # y_local_sheepdog_trial
    (
        "Why did the Dalebeck trial stop for a few years?",
        "y_local_sheepdog_trial",
        ["The farmer who lent"],
    ),
    (
        "Where is the Dalebeck trial held now?",
        "y_local_sheepdog_trial",
        ["On the Garside family's"],
    ),
    (
        "What do handlers think of the steeper field?",
        "y_local_sheepdog_trial",
        ["It's steeper than we'd"],
    ),
    (
        "How many runs have been entered for the village trial?",
        "y_local_sheepdog_trial",
        ["Forty-eight runs so far"],
    ),
    (
        "Why do the sheep need to be ones that haven't been worked before?",
        "y_local_sheepdog_trial",
        ["You need about 150"],
    ),
    ("Who is lending sheep for the trial?", "y_local_sheepdog_trial", ["Three local farmers are"]),
    (
        "How far away are the sheep when the dog is sent out?",
        "y_local_sheepdog_trial",
        ["The handler stands at"],
    ),
    (
        "How does the judge score a run at Dalebeck?",
        "y_local_sheepdog_trial",
        ["Every run starts on"],
    ),
    (
        "Who is judging the Dalebeck trial this year?",
        "y_local_sheepdog_trial",
        ["The judge this year"],
    ),
    (
        "What is the Dalebeck trial raising money for?",
        "y_local_sheepdog_trial",
        ["All profits go to"],
    ),
    # y_first_national_trial
    (
        "What position did the Welsh shepherd finish in at the national?",
        "y_first_national_trial",
        ["We finished 19th out"],
    ),
    ("At which stage did Iwan's run go wrong?", "y_first_national_trial", ["But we were in"]),
    ("What is the shed in a sheepdog trial?", "y_first_national_trial", ["It's the part where"]),
    ("Why did Nell have trouble during the shed?", "y_first_national_trial", ["My bitch Nell got"]),
    (
        "How many points did Iwan drop at the shed?",
        "y_first_national_trial",
        ["We lost eleven points"],
    ),
    (
        "Why is the national scored out of more points than a local trial?",
        "y_first_national_trial",
        ["110 at the national"],
    ),
    ("What was Iwan's final score at the national?", "y_first_national_trial", ["We scored 82."]),
    (
        "How much travelling did it take Iwan to qualify?",
        "y_first_national_trial",
        ["I did 14 trials"],
    ),
    (
        "Why do shepherds compete at the national if the prize money is poor?",
        "y_first_national_trial",
        ["People do it for", "A pup from a"],
    ),
    (
        "Why does Iwan expect Nell to do better next time?",
        "y_first_national_trial",
        ["Nell's only four, and"],
    ),
    # y_cat_adoption_call
    ("Which cats was the caller asking about?", "y_cat_adoption_call", ["Hello, I saw two"]),
    (
        "Why were the two elderly sisters given to the rescue?",
        "y_cat_adoption_call",
        ["They're sisters, eleven years"],
    ),
    (
        "Why must Pepper and Salt be adopted together?",
        "y_cat_adoption_call",
        ["Yes, they've never been", "We tried it for"],
    ),
    (
        "Is living in a flat a problem for adopting the pair?",
        "y_cat_adoption_call",
        ["Not for these two.", "They were indoor cats"],
    ),
    (
        "When does Whiskers usually expect adopters to have a garden?",
        "y_cat_adoption_call",
        ["For younger cats we"],
    ),
    ("How much would it cost to adopt both sisters?", "y_cat_adoption_call", ["For cats over ten"]),
    ("Why does the rescue charge less for senior cats?", "y_cat_adoption_call", ["We keep it low"]),
    (
        "How long have the sisters been at the rescue?",
        "y_cat_adoption_call",
        ["Pepper and Salt have"],
    ),
    (
        "What are the steps after sending the application to Whiskers?",
        "y_cat_adoption_call",
        ["You fill in the", "After that you can"],
    ),
    (
        "Who in the household should meet the cats before adopting?",
        "y_cat_adoption_call",
        ["We like everyone who"],
    ),
    # y_kitten_season_meeting
    (
        "How many cats is the shelter holding compared with its pens?",
        "y_kitten_season_meeting",
        ["We've got 63 cats"],
    ),
    (
        "Where are the cats that don't fit in the pens being kept?",
        "y_kitten_season_meeting",
        ["In carriers in the"],
    ),
    (
        "What was the shelter's highest headcount last summer?",
        "y_kitten_season_meeting",
        ["Last June we peaked"],
    ),
    (
        "Why are more kittens being abandoned this year?",
        "y_kitten_season_meeting",
        ["People stopped neutering during"],
    ),
    (
        "How many extra foster carers does the manager want, and what would it achieve?",
        "y_kitten_season_meeting",
        ["If we had 10"],
    ),
    (
        "What does the shelter give its foster carers?",
        "y_kitten_season_meeting",
        ["We supply the litter,"],
    ),
    (
        "What does it cost the shelter to foster one litter?",
        "y_kitten_season_meeting",
        ["About £25 a week,", "So £200 a litter."],
    ),
    (
        "What happened to the idea of building extra pens?",
        "y_kitten_season_meeting",
        ["The pen extension was"],
    ),
    (
        "Where will the money for the foster scheme come from?",
        "y_kitten_season_meeting",
        ["We can for this"],
    ),
    (
        "How is the shelter going to find new foster carers?",
        "y_kitten_season_meeting",
        ["I'll post an appeal"],
    ),
]
