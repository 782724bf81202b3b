"""Second held-out retrieval set: ten coherent multi-speaker conversations with paraphrased
questions, by two authors who saw neither the system nor the other sets; written after the
search defaults were set, and run once to report them  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "fa_bell_ringers": {
        "voices": {"host": "awb", "guest": "slt"},
        "turns": [
            (
                "host",
                "Good morning, and welcome back to Saturday Sounds. With me is Margaret Hale, tower captain at Saint Aldhelm's church in Brackley Cross. Morning, Margaret.",
            ),
            ("guest", "Morning. Thanks for having me, and sorry if I sound a bit hoarse."),
            ("host", "Late night in the belfry?"),
            (
                "guest",
                "Something like that. We rang a quarter peal for a golden wedding last night, and I was calling the changes.",
            ),
            ("host", "How long does a quarter peal actually take?"),
            (
                "guest",
                "About forty five minutes without a break. Nobody is allowed to stop, even if your nose itches.",
            ),
            ("host", "And how many bells have you got up there?"),
            (
                "guest",
                "Eight, and the heaviest weighs just over a tonne. She was cast in seventeen ninety two, and we call her Old Tom.",
            ),
            ("host", "You're looking for new ringers, I hear. Why now?"),
            (
                "guest",
                "Half of our band is over seventy. If we don't train people this year, the bells could fall silent within a decade.",
            ),
            ("host", "Do people need to be strong to do it?"),
            (
                "guest",
                "Not at all, it is about timing rather than muscle. Our best striker is a fourteen year old called Priya, and she is tiny.",
            ),
            ("host", "What about the stairs? I imagine it's quite a climb."),
            ("guest", "Sixty three steps, I'm afraid. We do warn people before they come up."),
            ("host", "When are the practice nights?"),
            (
                "guest",
                "Every Wednesday from half past seven until nine. Beginners get the first half hour with a tied bell, so the neighbours hear nothing.",
            ),
            ("host", "How long before a complete beginner rings for a Sunday service?"),
            ("guest", "Usually about three months. Some take longer, and that is perfectly fine."),
            ("host", "Does it cost anything?"),
            (
                "guest",
                "Nothing at all. The only thing I ask is that people wear flat shoes and no long scarves, because they can catch in the rope.",
            ),
            ("host", "Margaret Hale, thank you, and I hope your voice recovers."),
            (
                "guest",
                "Thank you. Anyone curious can simply turn up on Wednesday, the tower door will be open.",
            ),
        ],
    },
    "fa_pottery_studio": {
        "voices": {"host": "kal", "guest": "slt"},
        "turns": [
            (
                "host",
                "This is Small Shop Stories, and today I'm sitting in what used to be a bank vault on Harbour Street in Pelling. Rosa Finch, welcome.",
            ),
            (
                "guest",
                "Welcome to my glaze store, you mean. The vault is where all the chemicals live now.",
            ),
            ("host", "How did a pottery end up in a bank?"),
            (
                "guest",
                "The branch closed in twenty twenty two and the building sat empty for a year. The landlord offered me two years at half rent if I fixed the roof myself.",
            ),
            ("host", "That sounds like a gamble."),
            (
                "guest",
                "It was. I put in my redundancy money from the council, about eighteen thousand pounds.",
            ),
            ("host", "What did you do at the council?"),
            (
                "guest",
                "I was a planning officer for eleven years. Very useful when you need permission to put a kiln chimney on a listed building.",
            ),
            ("host", "So how does the business actually make money?"),
            (
                "guest",
                "Mostly from evening classes. A six week course costs one hundred and twenty pounds, with clay and firing included.",
            ),
            ("host", "And the pots on the shelves out front?"),
            (
                "guest",
                "Those are made by members who rent a shelf and kiln space. They keep eighty percent of anything that sells.",
            ),
            ("host", "Who comes to the classes?"),
            (
                "guest",
                "All sorts, but the Thursday group is nearly all nurses from the hospital. They say it's the only place where nobody asks them for anything.",
            ),
            ("host", "What's been the hardest part?"),
            (
                "guest",
                "Electricity, without a doubt. Our big kiln costs around forty pounds every time we fire it, so we only run it when it's full.",
            ),
            ("host", "Have you had any disasters?"),
            (
                "guest",
                "Just one. A student left an air bubble in a teapot and it exploded, taking out nine other pieces in the same firing.",
            ),
            ("host", "Ouch. What's next for the studio?"),
            (
                "guest",
                "In September we're starting a Saturday morning club for children. I want to keep it at five pounds a session so nobody gets left out.",
            ),
            ("host", "Rosa, thanks for showing me round."),
            (
                "guest",
                "Any time. Mind the step on your way out, it's been tripping people up since nineteen sixty.",
            ),
        ],
    },
    "fa_fossil_walks": {
        "voices": {"host": "rms", "guest": "espeak_f", "caller": "espeak_us"},
        "turns": [
            (
                "host",
                "You're listening to Coast Live, and this afternoon we're talking fossils with geologist Helen Oduya, who runs free beach walks at Wrayford Bay. Helen, good afternoon.",
            ),
            ("guest", "Good afternoon. I've still got sand in my boots from this morning."),
            ("host", "How many people turned up this morning?"),
            (
                "guest",
                "Sixty two, which is a record for a weekday. We had to split into three groups.",
            ),
            ("host", "What are people most likely to find?"),
            (
                "guest",
                "Ammonites, mostly, those coiled shells. They're about a hundred and ninety million years old, and after a storm you can find a dozen in an hour.",
            ),
            ("host", "Why after a storm?"),
            (
                "guest",
                "The waves pull chunks off the cliff and wash the mud away. That's also exactly why we never go close to the cliff itself.",
            ),
            ("host", "Let's take a call. Graham is on the line from Stelling. Go ahead, Graham."),
            (
                "caller",
                "Hello. My grandson found something last summer that looks like a bullet made of stone. Is that a fossil?",
            ),
            (
                "guest",
                "It almost certainly is. That sounds like a belemnite, which is part of an ancient squid.",
            ),
            ("caller", "A squid? He'll be thrilled. Can we keep it?"),
            (
                "guest",
                "Yes, loose fossils on the beach can be kept. Anything scientifically important should be reported to the heritage centre, but belemnites are very common.",
            ),
            ("caller", "Thank you. He's eight and he wants to be a palaeontologist now."),
            (
                "host",
                "Thanks, Graham. Helen, what's the strangest thing anyone has found on your walks?",
            ),
            (
                "guest",
                "A teenager found part of an ichthyosaur jaw in twenty twenty three. It's now on display at the heritage centre with her name on the label.",
            ),
            ("host", "Do people need any equipment?"),
            (
                "guest",
                "Just good shoes and a plastic bag. Please don't bring hammers, because nobody is allowed to dig into the cliff.",
            ),
            ("host", "When's the next walk?"),
            (
                "guest",
                "Sunday at ten, meeting by the lifeboat station. We go at low tide, so the time changes every week.",
            ),
            ("host", "And are the walks really free?"),
            (
                "guest",
                "They are, because the university pays for them. It counts as part of our public engagement work.",
            ),
        ],
    },
    "fa_clock_tower": {
        "voices": {"chair": "rms", "clockmaker": "espeak_rp", "resident": "slt"},
        "turns": [
            (
                "chair",
                "Right, item four on the agenda is the town hall clock. We've asked Peter Vance, the clockmaker, to give us an update. Peter?",
            ),
            (
                "clockmaker",
                "Thank you, Chair. The short version is that the clock has stopped for good unless we replace the main gear wheel.",
            ),
            ("chair", "When did it actually stop?"),
            (
                "clockmaker",
                "On the twelfth of March, at twenty past four in the morning. A tooth sheared off the wheel, and the whole train jammed.",
            ),
            ("resident", "Can I ask why it can't just be welded?"),
            (
                "clockmaker",
                "Good question. The wheel is cast iron from eighteen eighty one, and welding would crack it within a year.",
            ),
            ("chair", "So what are you proposing?"),
            (
                "clockmaker",
                "A new bronze wheel, cut to the original pattern. A foundry in Walsall has quoted six thousand four hundred pounds.",
            ),
            ("chair", "And how long would the work take?"),
            (
                "clockmaker",
                "About ten weeks from ordering. I'd need the tower closed to the public for the last fortnight.",
            ),
            (
                "resident",
                "Sorry, Chair, but six thousand pounds for a clock when the play park has no swings?",
            ),
            ("chair", "It's a fair point, Joan. Peter, is there any outside money?"),
            (
                "clockmaker",
                "The Heritage Clocks Trust gives grants of up to half the cost for listed buildings. I've already sent them the paperwork.",
            ),
            ("resident", "When will we hear?"),
            (
                "clockmaker",
                "Their panel meets in June. Last year they funded eleven of the fourteen towns that applied.",
            ),
            (
                "chair",
                "Then I suggest we approve the council's share, subject to the grant. All in favour?",
            ),
            (
                "resident",
                "I'll go along with it, as long as the clock chimes again. My late husband used to set his watch by it.",
            ),
            ("chair", "Noted. Peter, will it chime at night?"),
            (
                "clockmaker",
                "That's up to you. The mechanism can be silenced between eleven and seven, which is what the hotel on the square has asked for.",
            ),
            ("chair", "Let's leave that for the next meeting. Thank you, Peter."),
        ],
    },
    "fa_station_piano": {
        "voices": {"host": "espeak_us", "organiser": "awb", "manager": "espeak_f"},
        "turns": [
            (
                "host",
                "Commuters at Hexley station have had an unusual companion this spring. Joining me are Lucy Brand, who organised the station piano, and Martin Ojo, the station manager. Hello to you both.",
            ),
            ("organiser", "Hi, lovely to be here."),
            ("manager", "Hello."),
            ("host", "Lucy, where did the piano come from?"),
            (
                "organiser",
                "It was donated by a retired music teacher in Cobley. She was moving into a flat and couldn't bear to see it go to the tip.",
            ),
            ("host", "How did you get it to the station?"),
            (
                "organiser",
                "Four friends and a borrowed van, on a Sunday in April. It took us two hours to get it up the ramp.",
            ),
            ("host", "Martin, were you worried about having it on the concourse?"),
            ("manager", "Honestly, yes. I thought it would be vandalised within a week."),
            ("host", "And was it?"),
            ("manager", "Not once. The only damage so far is a coffee ring on the lid."),
            ("host", "Who plays it?"),
            (
                "organiser",
                "Everybody. We've had a bus driver playing Chopin at six in the morning, and a group of schoolboys who only know the first line of one song.",
            ),
            ("host", "Does anyone complain about the noise?"),
            (
                "manager",
                "We've had three complaints in four months, all about the schoolboys. Mind you, we also had more than two hundred thank you messages.",
            ),
            ("host", "What happens to the piano at night?"),
            (
                "manager",
                "We lock the lid at ten o'clock when the ticket office closes. A cleaner unlocks it again at half past five.",
            ),
            ("host", "Lucy, does it stay in tune in a draughty station?"),
            (
                "organiser",
                "Not really. A tuner comes every six weeks, and she charges us just thirty pounds because her son commutes from here.",
            ),
            ("host", "And what's the plan for the summer?"),
            (
                "organiser",
                "We want to run a free concert on the platform on the last Friday in July. Anyone who has played the piano this year can sign up for a five minute slot.",
            ),
        ],
    },
    "fb_four_day_week": {
        "voices": {"host": "rms", "guest": "slt", "apprentice": "kal"},
        "turns": [
            (
                "host",
                "Welcome back to Shop Floor, the podcast about how people actually work. With me is Priya Nandra, who runs a furniture workshop in Halifax. Hello Priya.",
            ),
            (
                "guest",
                "Hi, thanks for having me. I have sawdust on my jumper, so apologies in advance.",
            ),
            (
                "host",
                "It suits you. Your workshop tried a four day week last year. How long did the trial run?",
            ),
            (
                "guest",
                "Six months, from March to the end of August. We chose spring so we would hit our busiest season halfway through.",
            ),
            ("host", "And how many people work there?"),
            ("guest", "Fourteen, including me and two apprentices."),
            ("host", "Did anybody take a pay cut?"),
            (
                "guest",
                "Nobody, not a penny. Everyone kept their full salary but dropped from forty hours to thirty two.",
            ),
            ("host", "That sounds expensive. How did you make the numbers work?"),
            (
                "guest",
                "We cut meetings almost completely. Our Monday briefing used to last an hour and now it is ten minutes standing at the bench.",
            ),
            ("host", "Which day did people take off?"),
            (
                "guest",
                "Half the team takes Friday and the other half takes Monday. That way a customer can always reach somebody.",
            ),
            ("host", "What happened to output?"),
            (
                "guest",
                "We finished two hundred and twelve pieces in the trial, compared with two hundred and five in the same months the year before. So slightly up, which surprised our accountant more than anyone.",
            ),
            ("host", "Was there anything that went wrong?"),
            (
                "guest",
                "Deliveries were a headache at first. Our van driver only worked four days, so we hired a courier for Fridays.",
            ),
            (
                "host",
                "I am told one of your apprentices is here as well. Tom, what do you do with your extra day?",
            ),
            (
                "apprentice",
                "I am training for my forklift licence, mostly. And honestly, I sleep in on a Monday.",
            ),
            ("host", "Do you think you would go back to five days?"),
            (
                "apprentice",
                "No chance. I turned down a better paid job in Bradford because of this.",
            ),
            ("host", "Priya, is the four day week permanent now?"),
            (
                "guest",
                "The staff voted in September, thirteen to one in favour, so yes, it stays. The one vote against was our van driver, who liked the overtime.",
            ),
        ],
    },
    "fb_gym_contract": {
        "voices": {"host": "kal", "caller": "espeak_f", "expert": "awb"},
        "turns": [
            (
                "host",
                "You are listening to Money Matters on Radio Tern. Our first caller this afternoon is Denise from Swindon. Go ahead, Denise.",
            ),
            (
                "caller",
                "Hello. I signed up to a gym in January and I want to leave, but they say I cannot.",
            ),
            ("host", "Oh dear, a classic New Year story. What did they tell you exactly?"),
            (
                "caller",
                "They said I was on a twelve month contract and would owe the remaining eight months.",
            ),
            ("host", "And how much is the membership?"),
            (
                "caller",
                "Thirty nine pounds a month, so that is over three hundred pounds for nothing.",
            ),
            ("host", "Our consumer expert Graham Lowe is in the studio. Graham, is she stuck?"),
            ("expert", "Not necessarily. The first thing I would ask is why you want to cancel."),
            (
                "caller",
                "I had knee surgery in April. My surgeon says no running or weights until at least October.",
            ),
            (
                "expert",
                "That changes things a lot. Most gym contracts allow you to end early for medical reasons if you provide a letter from a doctor.",
            ),
            ("caller", "Nobody at the front desk mentioned that."),
            (
                "expert",
                "They often do not. Look for a section called cancellation or freezing in your terms and conditions.",
            ),
            ("host", "Is freezing different from cancelling?"),
            (
                "expert",
                "Yes. A freeze pauses your payments, usually for up to three months, and then the contract carries on afterwards.",
            ),
            (
                "caller",
                "I would rather get out completely. I have moved house anyway, so it is a forty minute drive now.",
            ),
            (
                "expert",
                "Relocation is another common reason some chains accept, often if you live more than ten miles from any branch. Put both reasons in writing and send it by recorded delivery.",
            ),
            ("host", "What if they still refuse?"),
            (
                "expert",
                "Then ask whether the terms were unfair, and contact Citizens Advice. A long contract with no way out at all can be challenged under consumer law.",
            ),
            ("caller", "Should I just cancel the direct debit?"),
            (
                "expert",
                "Please do not do that yet. They could pass the debt to a collection agency, and that might affect your credit file.",
            ),
            ("host", "Good luck, Denise, and let us know how you get on."),
            ("caller", "Thank you both, I will write the letter tonight."),
        ],
    },
    "fb_hedgehog_survey": {
        "voices": {"host": "espeak_rp", "guest": "slt", "volunteer": "espeak_us"},
        "turns": [
            (
                "host",
                "Now, if you have heard rustling in your garden after dark, this next story is for you. I am joined by Helen Marsh from the Wexley Wildlife Trust. Helen, what have you been counting?",
            ),
            (
                "guest",
                "Hedgehogs, or rather their footprints. We put out tunnels with ink pads and paper, and anything that walks through leaves a print.",
            ),
            ("host", "How many tunnels did you use?"),
            (
                "guest",
                "One hundred and twenty, spread across gardens, parks and the cemetery. Each one stayed out for five nights in a row in June.",
            ),
            ("host", "And the result?"),
            (
                "guest",
                "Hedgehogs turned up in forty one of them. That is about a third, which is better than we feared.",
            ),
            ("host", "Where were they most common?"),
            (
                "guest",
                "Around the allotments on Fenwick Road and in the old cemetery. Both have long grass, log piles and very few fences.",
            ),
            ("host", "Fences are the problem, then?"),
            (
                "guest",
                "A hedgehog needs to travel about a mile a night to find enough food. Solid fences and walls cut them off from each other.",
            ),
            ("host", "We also have one of your volunteers, Sam Okafor. Sam, what did you do?"),
            (
                "volunteer",
                "I looked after eight tunnels on my street. Every morning before work I checked the paper and rebaited it with a spoonful of cat food.",
            ),
            ("host", "Cat food? Not bread and milk?"),
            (
                "volunteer",
                "Definitely not milk. Hedgehogs cannot digest it, and it gives them an upset stomach.",
            ),
            ("host", "Did you find anything you were not expecting?"),
            (
                "volunteer",
                "Lots of slug trails and one very confused frog. But my neighbour was thrilled to learn she had a hedgehog, so she has cut a hole in her fence.",
            ),
            ("host", "Helen, how big should that hole be?"),
            (
                "guest",
                "Thirteen centimetres square, roughly the size of a compact disc case. That is big enough for a hedgehog but too small for most dogs.",
            ),
            ("host", "What happens next with the survey?"),
            (
                "guest",
                "We will repeat it next summer with two hundred tunnels. We also hope to persuade the council to put gaps in the fences of the new housing estate on Mill Lane.",
            ),
        ],
    },
    "fb_tea_blending": {
        "voices": {"host": "slt", "guest": "espeak_f"},
        "turns": [
            (
                "host",
                "This week on Kettle and Crumb I am visiting a tiny shop in Whitby that smells wonderful. Rosa Delaney, welcome.",
            ),
            ("guest", "Thank you. Mind the sacks by the door, we had a delivery this morning."),
            ("host", "What came in?"),
            (
                "guest",
                "Forty kilos of black tea from a garden in Assam. It is the base of nearly everything we sell.",
            ),
            ("host", "How did you get into blending tea?"),
            (
                "guest",
                "I was a chemistry teacher for eleven years. Blending is really just careful experiments, except you are allowed to drink the results.",
            ),
            ("host", "When did the shop open?"),
            (
                "guest",
                "In the autumn of twenty nineteen, five months before everything closed for the pandemic.",
            ),
            ("host", "That is terrible timing. How did you survive?"),
            (
                "guest",
                "Online orders kept us going. We posted around three hundred parcels a week that first spring, mostly to people who had never tried loose tea.",
            ),
            ("host", "What is your best seller?"),
            (
                "guest",
                "A blend called Harbour Fog. It is Assam with a little smoked tea and dried orange peel.",
            ),
            ("host", "Why the smoke?"),
            (
                "guest",
                "My grandfather smoked kippers near here, so it is a small tribute to him. People either love it or leave the shop quickly.",
            ),
            ("host", "How long does it take to create a new blend?"),
            (
                "guest",
                "Usually about three months. I make maybe thirty small batches and my regular customers vote on their favourites each Saturday.",
            ),
            ("host", "Is there a right way to brew it?"),
            (
                "guest",
                "Freshly boiled water, and four minutes for the black teas. Green tea needs cooler water, or it turns bitter.",
            ),
            ("host", "And what do you think about tea bags?"),
            (
                "guest",
                "I do not hate them. But the dust inside most bags has lost a lot of its flavour before it even reaches your cup.",
            ),
            ("host", "What is coming next for the shop?"),
            (
                "guest",
                "We are opening a small tasting room upstairs in May. Visitors will be able to blend their own tea and take home a hundred grams.",
            ),
        ],
    },
    "fb_canal_lock": {
        "voices": {"chair": "rms", "engineer": "espeak_us", "boater": "slt"},
        "turns": [
            (
                "chair",
                "Thanks everyone for coming to the Ashby Wharf residents meeting. Our main item tonight is the lock closure. Mark, can you start with the basics?",
            ),
            (
                "engineer",
                "Of course. Lock fourteen on the Ashby Canal will close from the sixth of January for seven weeks.",
            ),
            ("chair", "Why does it need to close at all?"),
            (
                "engineer",
                "Both lower gates are rotten. They were last replaced in nineteen ninety eight, and oak gates normally last about twenty five years.",
            ),
            ("boater", "I live on my boat above the lock. Will I be trapped for seven weeks?"),
            (
                "engineer",
                "You can still move along the upper stretch, which runs for nine miles to Carlton Bridge. You just will not be able to pass through the lock itself.",
            ),
            (
                "boater",
                "What about water and rubbish? The nearest service point is below the lock.",
            ),
            (
                "engineer",
                "We are putting a temporary water tap and bins at the Navigation Inn car park. They should be there by the second of January.",
            ),
            ("chair", "How much is the work costing?"),
            (
                "engineer",
                "About two hundred and forty thousand pounds. The new gates alone weigh around four tonnes each and are made in a workshop in Bristol.",
            ),
            ("chair", "Will the towpath stay open for walkers?"),
            (
                "engineer",
                "Mostly, yes. There will be a short diversion of about two hundred metres while the crane is on site, probably for the first ten days.",
            ),
            ("boater", "Why January? It is the coldest month for doing anything on the water."),
            (
                "engineer",
                "Because very few holiday boats are moving in winter. If we did it in summer we would block hundreds of hire boats every week.",
            ),
            ("chair", "Can the public watch any of it?"),
            (
                "engineer",
                "Yes, we are holding an open day on the first Saturday of February. People can walk on the floor of the drained lock, which is something most of us never see.",
            ),
            (
                "boater",
                "That sounds fun, actually. Will there be any fish rescue when you drain it?",
            ),
            (
                "engineer",
                "There will. A team will net the fish and move them upstream before the water goes down completely.",
            ),
            (
                "chair",
                "Thank you, Mark. If anyone has further questions, the trust's phone line is open on weekdays.",
            ),
        ],
    },
}

QUESTIONS = [
    (
        "What celebration did the Brackley Cross bell ringers ring for the evening before the interview?",
        "fa_bell_ringers",
        ["We rang a quarter"],
    ),
    (
        "How long does it take the church bell ringers to ring a quarter peal without stopping?",
        "fa_bell_ringers",
        ["About forty five minutes"],
    ),
    (
        "How many bells hang in the Saint Aldhelm's tower and how heavy is the biggest?",
        "fa_bell_ringers",
        ["Eight, and the heaviest"],
    ),
    (
        "In which year was the largest church bell at Saint Aldhelm's made?",
        "fa_bell_ringers",
        ["She was cast in"],
    ),
    (
        "Why is the tower captain urgently recruiting new bell ringers?",
        "fa_bell_ringers",
        ["Half of our band"],
    ),
    (
        "Who is the most accurate bell ringer in the Brackley Cross band?",
        "fa_bell_ringers",
        ["Our best striker is"],
    ),
    (
        "How many stairs does a bell ringer have to climb to reach the ringing room?",
        "fa_bell_ringers",
        ["Sixty three steps, I'm"],
    ),
    (
        "On which evening and at what hours do the bell ringers meet to practise?",
        "fa_bell_ringers",
        ["Every Wednesday from half"],
    ),
    (
        "How soon can a new bell ringer expect to ring for Sunday church?",
        "fa_bell_ringers",
        ["Usually about three months."],
    ),
    (
        "What clothing should newcomers to bell ringing avoid, and why?",
        "fa_bell_ringers",
        ["The only thing I"],
    ),
    (
        "Why was the old bank building in Pelling available for the pottery?",
        "fa_pottery_studio",
        ["The branch closed in"],
    ),
    (
        "What deal did the landlord give the pottery owner on the former bank?",
        "fa_pottery_studio",
        ["The landlord offered me"],
    ),
    (
        "How much of her own money did Rosa Finch invest in her pottery studio, and where did it come from?",
        "fa_pottery_studio",
        ["I put in my"],
    ),
    (
        "What job did the pottery owner have before opening the studio?",
        "fa_pottery_studio",
        ["I was a planning"],
    ),
    (
        "What is the price of the pottery evening course and what does it include?",
        "fa_pottery_studio",
        ["A six week course"],
    ),
    (
        "What share of the sale price do pottery studio members get when their work is sold?",
        "fa_pottery_studio",
        ["They keep eighty percent"],
    ),
    (
        "Why do hospital nurses enjoy their weekly pottery class?",
        "fa_pottery_studio",
        ["They say it's the"],
    ),
    (
        "How expensive is each firing of the big kiln at the pottery?",
        "fa_pottery_studio",
        ["Our big kiln costs"],
    ),
    (
        "What went wrong when a teapot blew up in the pottery kiln?",
        "fa_pottery_studio",
        ["A student left an"],
    ),
    (
        "What new activity for kids will the pottery studio launch in the autumn, and at what price?",
        "fa_pottery_studio",
        ["In September we're starting", "I want to keep"],
    ),
    (
        "How many people attended the morning fossil hunt at Wrayford Bay?",
        "fa_fossil_walks",
        ["Sixty two, which is"],
    ),
    (
        "How old are the ammonites found at Wrayford Bay?",
        "fa_fossil_walks",
        ["They're about a hundred"],
    ),
    (
        "Why are more fossils uncovered on the beach after rough weather?",
        "fa_fossil_walks",
        ["The waves pull chunks"],
    ),
    (
        "What kind of animal did the stone bullet found by the caller's grandson come from?",
        "fa_fossil_walks",
        ["That sounds like a"],
    ),
    (
        "Are fossil hunters allowed to take home what they pick up on the beach?",
        "fa_fossil_walks",
        ["Yes, loose fossils on"],
    ),
    (
        "What does the phone-in caller's grandson now want to become?",
        "fa_fossil_walks",
        ["He's eight and he"],
    ),
    (
        "What remarkable find did a teenage girl make on one of the geologist's walks?",
        "fa_fossil_walks",
        ["A teenager found part"],
    ),
    (
        "Why should people not bring hammers on the fossil walk?",
        "fa_fossil_walks",
        ["Please don't bring hammers,"],
    ),
    (
        "Why does the starting time of the fossil walks vary from week to week?",
        "fa_fossil_walks",
        ["We go at low"],
    ),
    (
        "Who funds the free fossil walks at Wrayford Bay?",
        "fa_fossil_walks",
        ["They are, because the"],
    ),
    (
        "On what date and at what time did the town hall clock stop working?",
        "fa_clock_tower",
        ["On the twelfth of"],
    ),
    (
        "What mechanical fault made the town hall clock stop?",
        "fa_clock_tower",
        ["A tooth sheared off"],
    ),
    (
        "Why can the broken gear of the town hall clock not be welded?",
        "fa_clock_tower",
        ["The wheel is cast"],
    ),
    (
        "How much will a new bronze gear for the town clock cost, and who gave the quote?",
        "fa_clock_tower",
        ["A foundry in Walsall"],
    ),
    ("How long will the town hall clock repair take?", "fa_clock_tower", ["About ten weeks from"]),
    (
        "What objection did the resident raise about the cost of fixing the clock?",
        "fa_clock_tower",
        ["Sorry, Chair, but six"],
    ),
    (
        "Which organisation might pay for part of the town hall clock repair?",
        "fa_clock_tower",
        ["The Heritage Clocks Trust"],
    ),
    (
        "How many towns won clock grants last year out of those that applied?",
        "fa_clock_tower",
        ["Last year they funded"],
    ),
    (
        "Why does the widow at the council meeting want to hear the clock again?",
        "fa_clock_tower",
        ["My late husband used"],
    ),
    (
        "Who has asked for the town hall clock to be quiet overnight?",
        "fa_clock_tower",
        ["The mechanism can be"],
    ),
    ("Who gave the piano to Hexley station?", "fa_station_piano", ["It was donated by"]),
    (
        "Why did the previous owner give away the station piano?",
        "fa_station_piano",
        ["She was moving into"],
    ),
    (
        "How was the piano transported to Hexley station?",
        "fa_station_piano",
        ["Four friends and a"],
    ),
    (
        "What did the station manager fear would happen to the piano?",
        "fa_station_piano",
        ["I thought it would"],
    ),
    (
        "What harm has the Hexley station piano suffered so far?",
        "fa_station_piano",
        ["The only damage so"],
    ),
    (
        "How many people have complained about noise from the station piano?",
        "fa_station_piano",
        ["We've had three complaints"],
    ),
    (
        "At what time is the station piano closed up each evening?",
        "fa_station_piano",
        ["We lock the lid"],
    ),
    (
        "How often is the station piano tuned, and why is it cheap?",
        "fa_station_piano",
        ["A tuner comes every"],
    ),
    (
        "What event is being planned for the station piano in the summer?",
        "fa_station_piano",
        ["We want to run"],
    ),
    (
        "Who can take part in the Hexley platform concert?",
        "fa_station_piano",
        ["Anyone who has played"],
    ),
    (
        "How long did the joinery workshop's shorter working week experiment last?",
        "fb_four_day_week",
        ["Six months, from March"],
    ),
    (
        "How many staff does the Halifax furniture maker employ?",
        "fb_four_day_week",
        ["Fourteen, including me"],
    ),
    (
        "Did the furniture workshop employees lose any salary when their hours were reduced?",
        "fb_four_day_week",
        ["Nobody, not a penny", "Everyone kept their full"],
    ),
    (
        "How did the joinery firm free up time so it could afford shorter hours?",
        "fb_four_day_week",
        ["We cut meetings almost"],
    ),
    (
        "How does the furniture workshop make sure customers can always get hold of someone?",
        "fb_four_day_week",
        ["Half the team takes"],
    ),
    (
        "How did the number of items produced during the trial compare with the previous year?",
        "fb_four_day_week",
        ["We finished two hundred"],
    ),
    (
        "What delivery problem came up at the furniture workshop and how was it solved?",
        "fb_four_day_week",
        ["Our van driver only"],
    ),
    (
        "What is the joinery apprentice using his free weekday for?",
        "fb_four_day_week",
        ["I am training for"],
    ),
    (
        "What job offer did the furniture apprentice reject because of the shorter week?",
        "fb_four_day_week",
        ["I turned down a"],
    ),
    (
        "Who at the workshop opposed keeping the four day week, and why?",
        "fb_four_day_week",
        ["The one vote against"],
    ),
    (
        "How long is the Swindon caller's fitness club agreement and how much of it do they claim she still owes?",
        "fb_gym_contract",
        ["They said I was"],
    ),
    (
        "What does the caller pay each month for her fitness club membership?",
        "fb_gym_contract",
        ["Thirty nine pounds a"],
    ),
    (
        "Why is the caller unable to use the gym at the moment?",
        "fb_gym_contract",
        ["I had knee surgery"],
    ),
    (
        "Until when has the caller been told to avoid exercise by her doctor?",
        "fb_gym_contract",
        ["My surgeon says no"],
    ),
    (
        "What paperwork usually lets a member leave a gym deal early on health grounds?",
        "fb_gym_contract",
        ["Most gym contracts allow"],
    ),
    (
        "What happens when a gym membership is put on hold rather than ended?",
        "fb_gym_contract",
        ["A freeze pauses your"],
    ),
    (
        "How far from a branch does a member typically need to live for moving house to count as grounds to leave a gym?",
        "fb_gym_contract",
        ["Relocation is another common"],
    ),
    (
        "How does the consumer expert suggest the caller submit her request to quit the gym?",
        "fb_gym_contract",
        ["Put both reasons in"],
    ),
    (
        "Why does the expert warn against stopping the gym's bank payments?",
        "fb_gym_contract",
        ["They could pass the"],
    ),
    (
        "Where should the caller seek help if the gym still refuses to let her go?",
        "fb_gym_contract",
        ["Then ask whether the"],
    ),
    (
        "How did the wildlife trust detect hedgehogs without actually seeing them?",
        "fb_hedgehog_survey",
        ["We put out tunnels"],
    ),
    (
        "How many footprint tunnels were placed around Wexley for the hedgehog count?",
        "fb_hedgehog_survey",
        ["One hundred and twenty"],
    ),
    (
        "In what share of the survey locations were hedgehogs recorded?",
        "fb_hedgehog_survey",
        ["Hedgehogs turned up in"],
    ),
    (
        "Which parts of Wexley had the most hedgehog activity?",
        "fb_hedgehog_survey",
        ["Around the allotments on"],
    ),
    (
        "How far does a hedgehog wander each night looking for something to eat?",
        "fb_hedgehog_survey",
        ["A hedgehog needs to"],
    ),
    (
        "What did the volunteer use to lure hedgehogs into the survey tunnels?",
        "fb_hedgehog_survey",
        ["Every morning before work"],
    ),
    (
        "Why is it a bad idea to leave milk out for hedgehogs?",
        "fb_hedgehog_survey",
        ["Hedgehogs cannot digest it"],
    ),
    (
        "How did the volunteer's neighbour react when she found out a hedgehog visited her garden?",
        "fb_hedgehog_survey",
        ["But my neighbour was"],
    ),
    (
        "What size should a gap in a garden fence be to let hedgehogs through?",
        "fb_hedgehog_survey",
        ["Thirteen centimetres square"],
    ),
    (
        "How will the hedgehog survey be expanded next year?",
        "fb_hedgehog_survey",
        ["We will repeat it"],
    ),
    (
        "What was the Whitby tea shop owner's job before she started mixing teas?",
        "fb_tea_blending",
        ["I was a chemistry"],
    ),
    (
        "When did Rosa Delaney's tea shop first open its doors?",
        "fb_tea_blending",
        ["In the autumn of"],
    ),
    (
        "How did the Whitby tea business stay afloat during the lockdown?",
        "fb_tea_blending",
        ["Online orders kept us", "We posted around three"],
    ),
    (
        "What ingredients go into the Whitby shop's most popular tea?",
        "fb_tea_blending",
        ["It is Assam with"],
    ),
    (
        "Why does Harbour Fog contain a smoky tea?",
        "fb_tea_blending",
        ["My grandfather smoked kippers"],
    ),
    (
        "How do regular customers help develop new tea recipes at the Whitby shop?",
        "fb_tea_blending",
        ["I make maybe thirty"],
    ),
    (
        "How long should black tea steep according to the Whitby tea blender?",
        "fb_tea_blending",
        ["Freshly boiled water, and"],
    ),
    (
        "What goes wrong if green tea is brewed with water that is too hot?",
        "fb_tea_blending",
        ["Green tea needs cooler"],
    ),
    (
        "What is the tea blender's objection to bagged tea?",
        "fb_tea_blending",
        ["But the dust inside"],
    ),
    (
        "What will visitors be able to do in the tea shop's new upstairs room?",
        "fb_tea_blending",
        ["Visitors will be able"],
    ),
    (
        "When will the Ashby Canal lock be shut and for how long?",
        "fb_canal_lock",
        ["Lock fourteen on the"],
    ),
    (
        "What state are the lower gates of the canal lock in?",
        "fb_canal_lock",
        ["Both lower gates are"],
    ),
    (
        "When were the canal lock gates last renewed and how long do oak gates usually survive?",
        "fb_canal_lock",
        ["They were last replaced"],
    ),
    (
        "How far can a boat moored above the lock still travel while it is closed?",
        "fb_canal_lock",
        ["You can still move"],
    ),
    (
        "Where will boaters get drinking water and dispose of rubbish during the canal closure?",
        "fb_canal_lock",
        ["We are putting a"],
    ),
    (
        "What is the total cost of the canal lock repairs?",
        "fb_canal_lock",
        ["About two hundred and"],
    ),
    (
        "Where are the replacement canal lock gates being built?",
        "fb_canal_lock",
        ["The new gates alone"],
    ),
    (
        "What disruption will people walking along the canal face during the works?",
        "fb_canal_lock",
        ["There will be a short"],
    ),
    (
        "Why was winter chosen for the canal lock works?",
        "fb_canal_lock",
        ["Because very few holiday"],
    ),
    (
        "What will happen to the fish in the lock when the water is let out?",
        "fb_canal_lock",
        ["A team will net"],
    ),
]
