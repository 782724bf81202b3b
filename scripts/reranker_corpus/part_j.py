"""Technology podcasts and support calls: phones, wifi, privacy, EVs, games, open source, repairs  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "j_budget_phone_review": {
        "turns": [
            (
                "host",
                "Welcome back to Pocket Tech, the show where we actually live with phones before we judge them. This week it's the Corvo A5, a budget phone that costs £229. Tom, you've had it for three weeks.",
            ),
            (
                "cohost",
                "Twenty-two days, to be exact. I used it as my only phone, including a weekend camping trip in Snowdonia.",
            ),
            ("host", "How did the battery hold up out there?"),
            (
                "cohost",
                "Better than I expected. With no signal for most of Saturday it still had 41% left on Sunday morning. At home I usually ended the day around 30%, and that's with maps and a lot of podcasts.",
            ),
            ("host", "And charging?"),
            (
                "cohost",
                "That's the weak spot. It only takes 18 watts, so a full charge took me about an hour and fifty minutes.",
            ),
            ("host", "Ouch."),
            (
                "cohost",
                "Yeah. And there's no charger in the box, which at this price feels stingy.",
            ),
            ("host", "Let's talk screen. I thought it looked surprisingly good indoors."),
            (
                "cohost",
                "Indoors, yes. The panel is 90 hertz and scrolling feels smooth. Outdoors in bright sun it washes out badly, and I struggled to read a trail map at noon.",
            ),
            ("host", "What about the cameras? The box says 50 megapixels."),
            (
                "cohost",
                "The main camera is fine in daylight. The ultrawide is only 8 megapixels and the colours drift towards green. Night shots are where it really falls apart, they come out smeary.",
            ),
            ("host", "So who should buy it?"),
            (
                "cohost",
                "Honestly, a teenager's first phone, or someone who mostly messages and browses. The software promise helps there, the maker says three years of security updates.",
            ),
            ("host", "Only three?"),
            (
                "cohost",
                "Only three, and just two major Android upgrades. If you keep phones five years, look elsewhere.",
            ),
            ("host", "Score?"),
            (
                "cohost",
                "I'd give it a seven out of ten. It's good value, but spend the extra £60 on last year's Pixel if you can find it on sale.",
            ),
        ],
    },
    "j_foldable_phone_review": {
        "turns": [
            (
                "host",
                "Welcome to Pocket Tech. Priya is back with the Halden Fold 2, which costs an eye-watering £1,649.",
            ),
            (
                "guest",
                "It does, and I'll say up front that I bought it myself rather than borrowing a review unit.",
            ),
            ("host", "Why does that matter?"),
            (
                "guest",
                "Because I wanted to see what support is like for a normal customer. More on that later.",
            ),
            ("host", "Okay. First impressions?"),
            (
                "guest",
                "It's lighter than last year's model, 239 grams, so it finally fits in a jacket pocket without dragging it down. Closed, it feels like a slightly thick normal phone.",
            ),
            ("host", "And the crease everybody complains about?"),
            (
                "guest",
                "Still there. You see it when the screen is off or when you look at an angle, but after a week my thumb stopped noticing it.",
            ),
            ("host", "Battery?"),
            (
                "guest",
                "Worse than a regular flagship. Using the big screen for reading and video, I was down to 15% by about eight in the evening most days.",
            ),
            ("host", "That's not great for the money."),
            (
                "guest",
                "No. Charging is faster though, 45 watts, and it went from nearly empty to full in just over an hour.",
            ),
            ("host", "You mentioned support."),
            (
                "guest",
                "Right. In week two, a tiny bit of the protective film on the inner display started lifting at the hinge. I phoned the manufacturer and they told me not to peel it off myself, because that layer is part of the screen. They replaced it for free at a service centre in Leeds, but it took nine days.",
            ),
            ("host", "Nine days without your phone?"),
            ("guest", "They lent me a cheap handset, so it wasn't a disaster."),
            ("host", "Cameras?"),
            (
                "guest",
                "Very good, though a step behind the best ordinary flagships. The 3x zoom lens is the one I used most, for portraits of my kids.",
            ),
            ("host", "Final verdict?"),
            (
                "guest",
                "Eight out of ten for people who read or edit documents on the go. For everyone else, a normal flagship at £900 makes more sense.",
            ),
        ],
    },
    "j_wifi_support_call": {
        "turns": [
            (
                "agent",
                "Thanks for calling Brightline Broadband support, this is Owen. How can I help?",
            ),
            (
                "caller",
                "Hi. Our wifi keeps dropping in the evenings, usually between seven and ten. My son's online games disconnect and my video calls freeze.",
            ),
            ("agent", "I'm sorry to hear that. Is the line itself dropping, or just the wifi?"),
            ("caller", "How would I tell?"),
            (
                "agent",
                "If a laptop plugged in with a cable stays connected when the wifi goes, the line is fine. Do you have a cable handy?",
            ),
            ("caller", "There's a yellow one in the box. I'll try it tonight."),
            (
                "agent",
                "Great. Meanwhile I can see your router from here. It's on channel 6 on 2.4 gigahertz, and there are 23 other networks around you on the same channel.",
            ),
            ("caller", "Twenty-three? We live in a block of flats, so I suppose that makes sense."),
            (
                "agent",
                "Exactly. I've moved it to channel 11 and turned on the 5 gigahertz band, which was switched off.",
            ),
            ("caller", "Why would it be switched off?"),
            (
                "agent",
                "Sometimes an old setting survives a firmware update. It should have been on by default.",
            ),
            (
                "caller",
                "Right. The router's in a cupboard by the front door, by the way. Does that matter?",
            ),
            (
                "agent",
                "It does. Cupboards and the electricity meter next to it both weaken the signal. Put it on an open shelf, ideally in the middle of the flat and off the floor.",
            ),
            ("caller", "And if it still drops?"),
            (
                "agent",
                "Then call back and quote reference BL 4471. We can send a mesh point for £4 a month, or an engineer visit is free if the line test shows a fault.",
            ),
            ("caller", "Brilliant, thanks Owen."),
        ],
    },
    "j_smart_home_podcast": {
        "turns": [
            (
                "host",
                "This is Plugged In. My guest today is Dana Whitlow, who has wired up her whole Victorian terrace with smart gadgets. Dana, how many devices are we talking?",
            ),
            (
                "guest",
                "Last time I counted, 47. Bulbs, plugs, two thermostats, a doorbell, blinds, and a leak sensor under the washing machine.",
            ),
            ("host", "Forty-seven! Which one actually earned its place?"),
            (
                "guest",
                "The leak sensor, without doubt. It cost £25 and last February it caught a split hose before the kitchen floor was ruined.",
            ),
            ("host", "And the one you regret?"),
            (
                "guest",
                "The smart blinds. They were £380 a window and the motors are so loud they wake the baby.",
            ),
            ("host", "Ha. Did all these things cause problems for your wifi?"),
            (
                "guest",
                "Massively at first. Lots of cheap plugs only speak 2.4 gigahertz, and my router kept pushing them onto the 5 band, so they'd vanish from the app.",
            ),
            ("host", "How did you fix that?"),
            (
                "guest",
                "I set up a separate network just for gadgets, on 2.4 only, with its own password. That also means if a bulb gets hacked, it can't see my laptop.",
            ),
            ("host", "Good point. What about the new Matter standard?"),
            (
                "guest",
                "It's promising. It lets devices from different brands talk to each other locally, so the lights still work when the internet goes down. But support is patchy, only about a third of my gear has it.",
            ),
            ("host", "Heating next. Did the smart thermostat save you money?"),
            (
                "guest",
                "Roughly 12% on gas in the first winter, mainly because it turns off when we're all out. I'm not sure it would have paid for itself without the scheduling.",
            ),
            ("host", "Any advice for a beginner?"),
            (
                "guest",
                "Start with one room and one brand. And check the company's track record, because when a firm shuts down its servers, your gadgets can turn into bricks.",
            ),
            ("host", "That happened to you?"),
            ("guest", "Yes, with a camera brand in 2021. Forty pounds straight into the bin."),
        ],
    },
    "j_privacy_lawyer_podcast": {
        "turns": [
            (
                "host",
                "Welcome to Fine Print. My guest is Ruth Adeyemi, a data-protection lawyer who has spent 15 years advising hospitals and retailers. Ruth, what's the most common mistake companies make?",
            ),
            (
                "guest",
                "Keeping data far too long. People assume storage is free, so they hoard customer records from 2009 just in case. Every extra year is extra risk if there's a breach.",
            ),
            ("host", "What about the cookie banners we all click through?"),
            (
                "guest",
                "Most of them are, frankly, unlawful. Rejecting should be as easy as accepting, and on many sites it takes four clicks to say no versus one to say yes.",
            ),
            ("host", "Does anyone get punished for that?"),
            (
                "guest",
                "Slowly, yes. The French regulator fined two large tech firms a combined 150 million euros over cookie consent in 2022.",
            ),
            ("host", "Let's talk work. Can my employer read my emails?"),
            (
                "guest",
                "On a work account, often yes, but they have to tell you clearly and it has to be proportionate. Secret, blanket monitoring is very hard to justify.",
            ),
            ("host", "What about those programs that take screenshots every few minutes?"),
            (
                "guest",
                "I advise clients against them. I had one logistics company that installed such a tool in 2023, staff complained, and they removed it within a month after the regulator asked questions.",
            ),
            ("host", "Interesting. And for listeners, what's one practical step?"),
            (
                "guest",
                "Use your right of access. Write to a company and ask for everything they hold on you; they normally have one month to reply, and it's free.",
            ),
            ("host", "Do people actually do that?"),
            ("guest", "More and more. It's often the first move in an employment dispute."),
            ("host", "Final question. Are you optimistic?"),
            (
                "guest",
                "Cautiously. The law is decent, but regulators are underfunded, so enforcement depends on ordinary people complaining.",
            ),
        ],
    },
    "j_privacy_phone_in": {
        "turns": [
            (
                "presenter",
                "You're listening to Your Rights at Lunchtime. Our data-protection lawyer Martin Crewe is in the studio, and the lines are open. First up is Gail in Norwich.",
            ),
            (
                "caller",
                "Hi Martin. My neighbour's new doorbell camera points straight across at my garden. Is that allowed?",
            ),
            (
                "lawyer",
                "Once a camera films beyond someone's own property, they're treated a bit like a business under data law. They must have a good reason, keep it proportionate, and you can ask for the footage of you.",
            ),
            ("caller", "Should I just go round and talk to them?"),
            (
                "lawyer",
                "Yes, that's always my first suggestion. Many cameras have a privacy mask, so they can black out your garden in the settings in about two minutes.",
            ),
            ("caller", "And if they refuse?"),
            (
                "lawyer",
                "Then you can complain to the regulator, though honestly it's slow. A court case in 2021 awarded a neighbour over £100,000 in a dispute like this, but that was extreme.",
            ),
            ("presenter", "Thanks Gail. Next is Hassan, who has a question about his gym."),
            (
                "caller2",
                "Hello. My gym emailed to say a hacker got members' names, addresses and bank details. What should I do?",
            ),
            (
                "lawyer",
                "First, tell your bank today and watch your statements. Be very suspicious of calls claiming to be from the gym or the bank, because scammers use leaked details to sound convincing.",
            ),
            ("caller2", "Can I get compensation?"),
            (
                "lawyer",
                "Possibly. You can claim for distress as well as money lost, but small individual claims are often worth a few hundred pounds at most.",
            ),
            ("caller2", "Is it worth joining a group claim?"),
            (
                "lawyer",
                "Read the small print. Some claim firms take 35% of any payout, so I'd only sign up with one that's regulated and clear about fees.",
            ),
            ("presenter", "Martin, we're nearly out of time. One tip?"),
            (
                "lawyer",
                "Change your passwords if you reused the gym one anywhere else. That's the step people forget.",
            ),
        ],
    },
    "j_ev_first_year": {
        "turns": [
            (
                "host",
                "On today's Driving Change, I'm talking to Liam Foster, who swapped his diesel estate for an electric hatchback a year ago. Liam, why did you switch?",
            ),
            (
                "guest",
                "Mostly it was the cost. I drive about 14,000 miles a year for work, and diesel was costing me nearly £200 a month.",
            ),
            ("host", "And now?"),
            (
                "guest",
                "I charge at home overnight on a tariff that's 7p a unit between midnight and five. My fuel bill is around £35 a month.",
            ),
            ("host", "That's a big gap. What did the home charger cost?"),
            (
                "guest",
                "It was £950 fitted. The electrician had to run a cable 20 metres to the driveway, which added a bit.",
            ),
            ("host", "What's the range like?"),
            (
                "guest",
                "The brochure says 260 miles. In summer I get about 240. In January, with the heater on, it dropped to around 185.",
            ),
            ("host", "That's a big drop."),
            (
                "guest",
                "It is, and it caught me out once on the way back from Carlisle. I had to stop at a motorway charger that was broken, and wait 40 minutes for the next one.",
            ),
            ("host", "Would you warn people about anything else?"),
            (
                "guest",
                "Insurance. Mine went up by about £180 compared to the diesel, which nobody mentioned at the dealership.",
            ),
            ("host", "And the tyres?"),
            (
                "guest",
                "They wear faster because the car is heavy. I replaced the front pair at 18,000 miles.",
            ),
            ("host", "Any regrets?"),
            (
                "guest",
                "None really. It's quiet, it's quick, and I haven't been to a petrol station in a year. I'd just say get a home charger, because relying on public ones would be miserable.",
            ),
        ],
    },
    "j_ev_road_trip": {
        "turns": [
            (
                "host",
                "Welcome back to Driving Change. Nadia Reyes drove her electric SUV from Bristol to the south of France this summer with two kids and a dog. Nadia, how far was it?",
            ),
            (
                "guest",
                "About 1,150 kilometres from Calais to our campsite near Montpellier, plus the bit to the tunnel at the start.",
            ),
            ("host", "How many times did you stop to charge?"),
            (
                "guest",
                "Seven on the way down. Most stops were 25 to 30 minutes, which honestly matched how often the kids needed the toilet anyway.",
            ),
            ("host", "How did you plan them?"),
            (
                "guest",
                "I used a route planning app that knows the car's consumption. It's free, but I paid £5 for the premium version so it could read live charger availability.",
            ),
            ("host", "Was it worth the money?"),
            (
                "guest",
                "Completely. Twice it rerouted us because a charging site was full or out of order.",
            ),
            (
                "host",
                "What about paying? I've heard horror stories about needing ten different cards.",
            ),
            (
                "guest",
                "That used to be true. Now most French motorway chargers take a bank card at the machine, but they're pricier, around 59 cents a kilowatt hour.",
            ),
            ("host", "So the trip cost?"),
            (
                "guest",
                "Charging came to about 160 euros each way. Our old car would have used maybe 250 euros of petrol, and the tolls are the same either way.",
            ),
            ("host", "Anything go wrong?"),
            (
                "guest",
                "One charger near Lyon wouldn't start. We sat there for 20 minutes on the phone to the operator before moving on.",
            ),
            ("host", "Would you do it again?"),
            (
                "guest",
                "Yes, but I'd book hotels with chargers. We stayed one night at a place that let us plug in overnight, and waking up to a full battery was lovely.",
            ),
        ],
    },
    "j_indie_game_studio": {
        "turns": [
            (
                "host",
                "This is Save Point, the podcast about how games get made. Joining me are Ana and Kofi from Lantern Moth, a three-person studio in Dundee whose first game, Tidewater, came out in March. Welcome.",
            ),
            ("designer", "Thanks for having us."),
            ("host", "Ana, what is Tidewater, for people who haven't played it?"),
            (
                "designer",
                "It's a cosy puzzle game where you run a lighthouse and guide fishing boats home through fog. Each level is a different night.",
            ),
            ("host", "How long did it take to make?"),
            (
                "programmer",
                "Three and a half years. The first year was basically evenings and weekends while we all had day jobs.",
            ),
            ("host", "How did you pay for it?"),
            (
                "designer",
                "A regional games fund gave us £25,000 for a prototype, and then a publisher came in for the rest.",
            ),
            ("host", "Did you consider Kickstarter?"),
            (
                "programmer",
                "We did, but a friend's campaign spent six months fulfilling backer rewards, and we didn't want that distraction.",
            ),
            ("host", "Kofi, what was the hardest technical problem?"),
            (
                "programmer",
                "The fog itself. We wanted it to look soft and shift with the wind, but the first version ran at 15 frames per second on the Switch. I rewrote it three times.",
            ),
            ("host", "Three times!"),
            (
                "programmer",
                "Yeah. The final version fakes most of it with layered images, and nobody can tell.",
            ),
            ("host", "How has it sold?"),
            (
                "designer",
                "About 60,000 copies so far, and more than half on Steam. We had 40,000 wishlists before launch, which our publisher said was a good sign.",
            ),
            ("host", "What's next?"),
            (
                "designer",
                "A free update in the autumn with a winter chapter. After that, we'd like a smaller project, maybe 18 months, so we don't burn out.",
            ),
        ],
    },
    "j_game_dev_crunch": {
        "turns": [
            (
                "host",
                "Welcome to Save Point. Today we're talking about crunch with two people who've lived it: Sam, a lead animator with 12 years at big studios, and Jo, who works in quality assurance.",
            ),
            ("animator", "Hi."),
            ("tester", "Hello, thanks for having me."),
            ("host", "Sam, what's the worst crunch you've been through?"),
            (
                "animator",
                "On an open-world game in 2019, we worked 70-hour weeks for about five months before launch. I missed my daughter's first steps because I was at the office fixing horse animations.",
            ),
            ("host", "That's awful. Was it paid?"),
            (
                "animator",
                "Not a penny of overtime. We were salaried, and the bonus we'd been promised shrank when the game reviewed below 80.",
            ),
            ("host", "Jo, is it different in QA?"),
            (
                "tester",
                "In some ways worse. Most testers are on contracts, often through agencies, so people get let go the week after a game ships.",
            ),
            ("host", "How much does a tester earn?"),
            (
                "tester",
                "Where I am, about £23,000 a year, which is barely above minimum wage in the city.",
            ),
            ("host", "Why does crunch keep happening?"),
            (
                "animator",
                "Mostly because release dates are set by marketing before the game is fully designed. Then when features slip, the date doesn't.",
            ),
            (
                "tester",
                "I'd add that studios rely on passion. They know people will do it because they love games.",
            ),
            ("host", "Do unions help?"),
            (
                "tester",
                "Our team unionised last year, and the first thing we won was paid overtime for weekend shifts. It's not perfect, but it's real.",
            ),
            (
                "animator",
                "I was sceptical about unions, honestly. I thought they'd slow everything down, but seeing Jo's team has changed my mind.",
            ),
            ("host", "Last question. What would you tell someone starting out?"),
            (
                "animator",
                "Keep a record of your hours, and never let the job be your whole identity.",
            ),
        ],
    },
    "j_oss_maintainer": {
        "turns": [
            (
                "host",
                "This is Commit Log. My guest is Elena Varga, who has maintained the date library Chronoflow since 2014. Elena, how big is it now?",
            ),
            (
                "guest",
                "It gets downloaded about 30 million times a week. It's buried inside build tools, banking apps, even a few car dashboards.",
            ),
            ("host", "And how many people maintain it?"),
            (
                "guest",
                "Two of us, both unpaid for most of that time. Until last year, I did it in the evenings after my job as a backend developer.",
            ),
            ("host", "What changed last year?"),
            (
                "guest",
                "A foundation grant. They gave us $80,000 over two years, which lets me spend three days a week on it.",
            ),
            ("host", "Does money solve the burnout problem?"),
            (
                "guest",
                "It helps, but the harder part is people. I get issues opened at 2am with titles in capital letters demanding a fix for their company's deadline.",
            ),
            ("host", "How do you handle that?"),
            (
                "guest",
                "I wrote a code of conduct and I lock threads quickly now. And I stopped reading the issue tracker on weekends, which saved my sanity.",
            ),
            ("host", "Do big companies contribute?"),
            (
                "guest",
                "Rarely. One bank sent a thank-you email and a sticker. Meanwhile their app depends on us.",
            ),
            ("host", "Ha. Are you planning to hand it over?"),
            (
                "guest",
                "Eventually. I'm mentoring a contributor from Nairobi called Joseph, who's been fixing time-zone bugs for two years. I'd like him to be co-lead by 2026.",
            ),
            ("host", "What would you say to companies listening?"),
            (
                "guest",
                "Check what you depend on and put a small line in the budget for it. Even $500 a month from ten companies would change everything for projects like ours.",
            ),
        ],
    },
    "j_oss_security_fix": {
        "turns": [
            (
                "maintainer",
                "Thanks for joining at short notice. Tomasz, can you walk us through what you found?",
            ),
            (
                "researcher",
                "Sure. In the image parsing module, a crafted PNG file with an oversized header makes the library write past the end of a buffer. On a server that accepts uploads, an attacker could probably run code.",
            ),
            ("maintainer", "Which versions are affected?"),
            (
                "researcher",
                "Everything from 3.2 onwards. The bug came in with the faster decoder that was merged in 2021.",
            ),
            (
                "packager",
                "That's a lot of installs. The Linux distributions ship 3.4 as the long-term version.",
            ),
            ("maintainer", "Then we'll need a backport. How long do you need, Marta?"),
            (
                "packager",
                "Give me five working days after the patch is ready. Our build farm is slow for the older release.",
            ),
            ("maintainer", "Okay. Tomasz, when were you planning to publish?"),
            (
                "researcher",
                "My usual policy is 90 days from the report, which I sent on the 3rd of March. I'm happy to wait if you need it.",
            ),
            (
                "maintainer",
                "We shouldn't need that long. I've got a draft fix already, it's a small bounds check.",
            ),
            ("researcher", "How small?"),
            (
                "maintainer",
                "Two lines for the fix, and about 200 lines of tests. I want fuzz tests in so this can't come back.",
            ),
            ("packager", "Good. Who's requesting the CVE identifier?"),
            (
                "maintainer",
                "I'll do it through GitHub's advisory tool today. It keeps the details private until we publish.",
            ),
            ("researcher", "Should we warn the big users early?"),
            (
                "maintainer",
                "Only the distributions and the two cloud providers on our private security list. Anyone more and it will leak.",
            ),
            ("packager", "Agreed. So the target is release on the 14th of April?"),
            (
                "maintainer",
                "The 14th, at 3pm UTC. I'll write the announcement, and Tomasz, we'll credit you by name in it.",
            ),
            ("researcher", "Thanks, that's appreciated."),
        ],
    },
    "j_printer_support_call": {
        "turns": [
            (
                "agent",
                "Good morning, Inkwell Printers support, you're speaking to Beth. What's the problem today?",
            ),
            (
                "caller",
                "My printer says there's a paper jam, but there's no paper in it. I've checked three times.",
            ),
            ("agent", "Which model is it?"),
            ("caller", "The Inkwell 640, I bought it about 14 months ago."),
            (
                "agent",
                "Okay. Ghost jams on that model are usually caused by a small scrap of paper stuck near the rear roller, or by the sensor flap. Can you open the back panel for me?",
            ),
            ("caller", "Hang on. Right, it's open."),
            ("agent", "Look behind the grey roller with a torch. Is there anything there?"),
            ("caller", "Oh. There's a tiny corner of a label stuck to it."),
            (
                "agent",
                "That's the culprit. Peel it off gently with your fingers, not a knife, and close the panel.",
            ),
            (
                "caller",
                "Done. It's making its noises. Now it says the cyan cartridge isn't recognised.",
            ),
            ("agent", "Is that an Inkwell cartridge or a compatible one?"),
            ("caller", "A cheaper one from online. It was a third of the price."),
            (
                "agent",
                "Those sometimes stop working after a firmware update. I'm not allowed to recommend disabling updates, but you can try taking it out, wiping the gold contacts with a dry cloth, and reseating it.",
            ),
            ("caller", "And if that doesn't work?"),
            (
                "agent",
                "Then you'd need a genuine one, or contact the seller for a refund. It won't damage the printer, by the way.",
            ),
            ("caller", "Is it still under warranty?"),
            (
                "agent",
                "It was a one-year warranty, so it ran out two months ago, I'm afraid. If it breaks properly, our repair fee is £65, which is honestly close to the price of a new one.",
            ),
            ("caller", "Good to know. Thanks Beth."),
        ],
    },
    "j_laptop_repair_call": {
        "turns": [
            ("tech", "Fixit Corner, Raj speaking."),
            (
                "caller",
                "Hi, my laptop's stopped charging and the trackpad seems to be bulging up. It's a four-year-old ultrabook.",
            ),
            (
                "tech",
                "Stop using it right now and unplug it, please. A trackpad pushing up almost always means the battery underneath is swelling.",
            ),
            ("caller", "Is that dangerous?"),
            (
                "tech",
                "It can be. Swollen lithium batteries can catch fire if they're punctured or keep charging. Keep it on a hard surface, away from anything flammable, until you bring it in.",
            ),
            ("caller", "Okay, that's scary. How much does a new battery cost?"),
            (
                "tech",
                "For that model, about £89 for the part plus £30 labour. We keep them in stock, so it's same-day if you come in before noon.",
            ),
            ("caller", "Will I lose my files?"),
            (
                "tech",
                "No, the battery swap doesn't touch the storage. But since you mention it, when did you last back up?",
            ),
            ("caller", "Um. Never, really."),
            (
                "tech",
                "Then do that first once it's safe. An external drive costs less than £50, or use a cloud service.",
            ),
            (
                "caller",
                "Can you check why it stopped charging too? The light on the charger doesn't come on.",
            ),
            (
                "tech",
                "That could just be the charger itself. Bring it with you and we'll test it on the bench. If it's the charger, a replacement is around £35.",
            ),
            ("caller", "Should I go to the manufacturer instead?"),
            (
                "tech",
                "You can, but they'll usually post it away for a week or two, and at four years old it's out of warranty anyway.",
            ),
            ("caller", "Fair enough. I'll come in tomorrow morning."),
            ("tech", "Great. Bring it in a box or a bag on its own, not squeezed in a rucksack."),
        ],
    },
}

QUESTIONS = [
    # j_budget_phone_review
    ("What's the price of the Corvo A5?", "j_budget_phone_review", ["This week it's the"]),
    ("Where did Tom go camping with the cheap phone?", "j_budget_phone_review", ["I used it as"]),
    (
        "How much charge did the budget phone still have after the weekend away with no reception?",
        "j_budget_phone_review",
        ["With no signal for"],
    ),
    ("How slow is the Corvo A5 to recharge?", "j_budget_phone_review", ["It only takes 18"]),
    (
        "Does the Corvo come with a plug adapter for charging?",
        "j_budget_phone_review",
        ["And there's no charger"],
    ),
    (
        "Can you read the budget phone's display in strong sunshine?",
        "j_budget_phone_review",
        ["Outdoors in bright sun"],
    ),
    (
        "How good are the Corvo's photos in the dark?",
        "j_budget_phone_review",
        ["Night shots are where"],
    ),
    (
        "Who is the Corvo A5 a sensible choice for?",
        "j_budget_phone_review",
        ["Honestly, a teenager's first"],
    ),
    (
        "How long will the cheap phone get software support?",
        "j_budget_phone_review",
        ["The software promise helps", "Only three, and just"],
    ),
    (
        "What did Tom suggest buying instead of the Corvo if you can stretch the budget?",
        "j_budget_phone_review",
        ["It's good value, but"],
    ),
    # j_foldable_phone_review
    (
        "Was the Halden Fold a loan from the manufacturer?",
        "j_foldable_phone_review",
        ["It does, and I'll"],
    ),
    (
        "How much does the Halden Fold 2 weigh?",
        "j_foldable_phone_review",
        ["It's lighter than last"],
    ),
    (
        "Is the fold line in the foldable's screen still noticeable?",
        "j_foldable_phone_review",
        ["You see it when"],
    ),
    (
        "How low was the folding phone's battery by evening?",
        "j_foldable_phone_review",
        ["Using the big screen"],
    ),
    (
        "How quickly does the Halden charge up?",
        "j_foldable_phone_review",
        ["Charging is faster though"],
    ),
    ("What fault did Priya's foldable develop?", "j_foldable_phone_review", ["In week two, a"]),
    (
        "Where was the foldable fixed and how long did it take?",
        "j_foldable_phone_review",
        ["They replaced it for"],
    ),
    (
        "Did Priya have a phone to use while hers was being repaired?",
        "j_foldable_phone_review",
        ["They lent me a"],
    ),
    (
        "Which camera on the fold did she use the most?",
        "j_foldable_phone_review",
        ["The 3x zoom lens"],
    ),
    (
        "Who did Priya think the Halden Fold 2 is worth buying for?",
        "j_foldable_phone_review",
        ["Eight out of ten"],
    ),
    # j_wifi_support_call
    (
        "At what time of day does the caller's internet keep cutting out?",
        "j_wifi_support_call",
        ["Our wifi keeps dropping"],
    ),
    (
        "How can you tell whether the broadband line or the wireless is the problem?",
        "j_wifi_support_call",
        ["If a laptop plugged"],
    ),
    (
        "How many nearby networks were sharing the same wifi channel?",
        "j_wifi_support_call",
        ["It's on channel 6"],
    ),
    (
        "What changes did Owen make to the router remotely?",
        "j_wifi_support_call",
        ["I've moved it to"],
    ),
    (
        "Why had the faster wifi band been turned off?",
        "j_wifi_support_call",
        ["Sometimes an old setting"],
    ),
    (
        "Is it a problem that the router sits in a cupboard?",
        "j_wifi_support_call",
        ["Cupboards and the electricity"],
    ),
    (
        "Where did the support agent suggest placing the router?",
        "j_wifi_support_call",
        ["Put it on an"],
    ),
    (
        "How much would an extra mesh unit from Brightline cost?",
        "j_wifi_support_call",
        ["We can send a"],
    ),
    (
        "What reference number should the caller give if the problem continues?",
        "j_wifi_support_call",
        ["Then call back and"],
    ),
    # j_smart_home_podcast
    (
        "How many connected gadgets does Dana have in her house?",
        "j_smart_home_podcast",
        ["Last time I counted"],
    ),
    (
        "Which smart device proved most useful and why?",
        "j_smart_home_podcast",
        ["The leak sensor, without"],
    ),
    ("What's wrong with Dana's motorised blinds?", "j_smart_home_podcast", ["They were £380 a"]),
    (
        "Why did her smart plugs keep disappearing from the app?",
        "j_smart_home_podcast",
        ["Lots of cheap plugs"],
    ),
    (
        "How did Dana stop her gadgets dropping off the network?",
        "j_smart_home_podcast",
        ["I set up a"],
    ),
    (
        "What is the advantage of the Matter standard?",
        "j_smart_home_podcast",
        ["It lets devices from"],
    ),
    (
        "How much did the smart thermostat cut her heating bill?",
        "j_smart_home_podcast",
        ["Roughly 12% on gas"],
    ),
    (
        "What should someone new to smart homes do first?",
        "j_smart_home_podcast",
        ["Start with one room"],
    ),
    (
        "Has Dana ever had a device stop working because the company shut down?",
        "j_smart_home_podcast",
        ["Yes, with a camera"],
    ),
    # j_privacy_lawyer_podcast
    (
        "What is the most frequent data error Ruth sees businesses make?",
        "j_privacy_lawyer_podcast",
        ["Keeping data far too"],
    ),
    (
        "Are cookie consent pop-ups legal?",
        "j_privacy_lawyer_podcast",
        ["Most of them are", "Rejecting should be as"],
    ),
    (
        "Has any regulator fined companies over cookies?",
        "j_privacy_lawyer_podcast",
        ["The French regulator fined"],
    ),
    (
        "Is my boss allowed to look at my work email?",
        "j_privacy_lawyer_podcast",
        ["On a work account"],
    ),
    (
        "What happened with the firm that used screenshot monitoring software on staff?",
        "j_privacy_lawyer_podcast",
        ["I had one logistics"],
    ),
    (
        "How long does an organisation have to answer a request for my personal data?",
        "j_privacy_lawyer_podcast",
        ["Write to a company"],
    ),
    (
        "When do people typically use a data access request?",
        "j_privacy_lawyer_podcast",
        ["It's often the first"],
    ),
    (
        "Why is Ruth only cautiously hopeful about privacy enforcement?",
        "j_privacy_lawyer_podcast",
        ["The law is decent"],
    ),
    # j_privacy_phone_in
    (
        "What rules apply when a neighbour's doorbell camera records my property?",
        "j_privacy_phone_in",
        ["Once a camera films"],
    ),
    (
        "How can a doorbell camera owner avoid recording next door's garden?",
        "j_privacy_phone_in",
        ["Many cameras have a"],
    ),
    (
        "What was the outcome of the 2021 court case about a neighbour's camera?",
        "j_privacy_phone_in",
        ["A court case in"],
    ),
    ("What information was stolen from Hassan's gym?", "j_privacy_phone_in", ["My gym emailed to"]),
    (
        "What should you do straight away after your bank details are leaked?",
        "j_privacy_phone_in",
        ["First, tell your bank"],
    ),
    (
        "Why should breach victims be careful about phone calls?",
        "j_privacy_phone_in",
        ["Be very suspicious of"],
    ),
    (
        "How much money might a person get for a data leak?",
        "j_privacy_phone_in",
        ["You can claim for"],
    ),
    (
        "What did the lawyer warn about collective compensation claims?",
        "j_privacy_phone_in",
        ["Some claim firms take"],
    ),
    (
        "What security step do people usually forget after a breach?",
        "j_privacy_phone_in",
        ["Change your passwords if"],
    ),
    # j_ev_first_year
    (
        "Why did Liam give up his diesel car?",
        "j_ev_first_year",
        ["Mostly it was the", "I drive about 14,000"],
    ),
    (
        "How much does Liam spend on electricity for the car each month?",
        "j_ev_first_year",
        ["My fuel bill is"],
    ),
    (
        "What electricity tariff does Liam use for overnight charging?",
        "j_ev_first_year",
        ["I charge at home"],
    ),
    (
        "How much was the home charging point installation?",
        "j_ev_first_year",
        ["It was £950 fitted."],
    ),
    (
        "How far does the electric hatchback go in winter?",
        "j_ev_first_year",
        ["In January, with the"],
    ),
    (
        "What happened on the drive home from Carlisle?",
        "j_ev_first_year",
        ["It is, and it", "I had to stop"],
    ),
    ("Did switching to electric affect his car insurance?", "j_ev_first_year", ["Mine went up by"]),
    (
        "Why do the electric car's tyres need replacing sooner?",
        "j_ev_first_year",
        ["They wear faster because"],
    ),
    (
        "What is Liam's main tip for new electric car owners?",
        "j_ev_first_year",
        ["I'd just say get"],
    ),
    # j_ev_road_trip
    (
        "How long was Nadia's drive through France?",
        "j_ev_road_trip",
        ["About 1,150 kilometres from"],
    ),
    (
        "How many charging stops did the family make heading south?",
        "j_ev_road_trip",
        ["Seven on the way"],
    ),
    (
        "How long did each charge on the way to Montpellier take?",
        "j_ev_road_trip",
        ["Most stops were 25"],
    ),
    ("What did Nadia use to plan her charging stops?", "j_ev_road_trip", ["I used a route"]),
    (
        "Why did she pay for the upgraded app?",
        "j_ev_road_trip",
        ["It's free, but I", "Twice it rerouted us"],
    ),
    (
        "How do you pay at French motorway chargers now?",
        "j_ev_road_trip",
        ["Now most French motorway"],
    ),
    (
        "How did the cost of charging compare with petrol for the France trip?",
        "j_ev_road_trip",
        ["Charging came to about", "Our old car would"],
    ),
    ("What went wrong near Lyon?", "j_ev_road_trip", ["One charger near Lyon"]),
    (
        "What would Nadia do differently on her next electric road trip?",
        "j_ev_road_trip",
        ["Yes, but I'd book"],
    ),
    # j_indie_game_studio
    (
        "Where is Lantern Moth based and how many people work there?",
        "j_indie_game_studio",
        ["Joining me are Ana"],
    ),
    ("What do you do in Tidewater?", "j_indie_game_studio", ["It's a cosy puzzle"]),
    (
        "How many years did it take to develop Tidewater?",
        "j_indie_game_studio",
        ["Three and a half"],
    ),
    ("Who funded the lighthouse game?", "j_indie_game_studio", ["A regional games fund"]),
    ("Why didn't the studio crowdfund their game?", "j_indie_game_studio", ["We did, but a"]),
    (
        "What was the toughest programming challenge on Tidewater?",
        "j_indie_game_studio",
        ["We wanted it to"],
    ),
    (
        "How did Kofi eventually get the fog effect to run well?",
        "j_indie_game_studio",
        ["The final version fakes"],
    ),
    ("How many copies has Tidewater sold?", "j_indie_game_studio", ["About 60,000 copies so"]),
    ("What does Lantern Moth plan to release next?", "j_indie_game_studio", ["A free update in"]),
    # j_game_dev_crunch
    (
        "How long were the working weeks during Sam's worst crunch?",
        "j_game_dev_crunch",
        ["On an open-world game"],
    ),
    (
        "What family moment did the animator miss because of work?",
        "j_game_dev_crunch",
        ["I missed my daughter's"],
    ),
    ("Did Sam get paid for all the extra hours?", "j_game_dev_crunch", ["Not a penny of"]),
    ("Why was Sam's bonus reduced?", "j_game_dev_crunch", ["We were salaried, and"]),
    (
        "Why do quality assurance staff have poor job security?",
        "j_game_dev_crunch",
        ["Most testers are on"],
    ),
    ("What salary does a games tester get?", "j_game_dev_crunch", ["Where I am, about"]),
    (
        "Why do game studios keep ending up in crunch?",
        "j_game_dev_crunch",
        ["Mostly because release dates", "I'd add that studios"],
    ),
    ("What did the testers' union achieve?", "j_game_dev_crunch", ["Our team unionised last"]),
    ("Who changed their opinion about unions?", "j_game_dev_crunch", ["I was sceptical about"]),
    (
        "What advice did the animator give to newcomers in the games industry?",
        "j_game_dev_crunch",
        ["Keep a record of"],
    ),
    # j_oss_maintainer
    (
        "How widely used is the Chronoflow library?",
        "j_oss_maintainer",
        ["It gets downloaded about"],
    ),
    ("How many people look after Chronoflow?", "j_oss_maintainer", ["Two of us, both"]),
    ("How much funding did Elena's project receive?", "j_oss_maintainer", ["They gave us $80,000"]),
    (
        "What part of maintaining open source wears Elena down most?",
        "j_oss_maintainer",
        ["It helps, but the", "I get issues opened"],
    ),
    (
        "How does Elena cope with rude users?",
        "j_oss_maintainer",
        ["I wrote a code", "And I stopped reading"],
    ),
    ("What did a bank give back to the project?", "j_oss_maintainer", ["One bank sent a"]),
    (
        "Who is Elena training to take over the library?",
        "j_oss_maintainer",
        ["I'm mentoring a contributor"],
    ),
    (
        "What does Elena want companies to do?",
        "j_oss_maintainer",
        ["Check what you depend", "Even $500 a month"],
    ),
    # j_oss_security_fix
    (
        "What vulnerability did the researcher discover?",
        "j_oss_security_fix",
        ["In the image parsing"],
    ),
    ("How serious could the flaw be for a server?", "j_oss_security_fix", ["On a server that"]),
    (
        "Which releases have the security bug?",
        "j_oss_security_fix",
        ["Everything from 3.2 onwards"],
    ),
    ("When was the flaw introduced?", "j_oss_security_fix", ["The bug came in"]),
    (
        "How long does Marta need to prepare the fix for the older version?",
        "j_oss_security_fix",
        ["Give me five working"],
    ),
    (
        "When does Tomasz normally go public with a bug?",
        "j_oss_security_fix",
        ["My usual policy is"],
    ),
    ("How big is the patch for the buffer bug?", "j_oss_security_fix", ["Two lines for the"]),
    (
        "Why does the maintainer want fuzz testing added?",
        "j_oss_security_fix",
        ["I want fuzz tests"],
    ),
    (
        "Who will be told about the vulnerability before it's public?",
        "j_oss_security_fix",
        ["Only the distributions and"],
    ),
    ("When exactly will the security release go out?", "j_oss_security_fix", ["The 14th, at 3pm"]),
    # j_printer_support_call
    (
        "What error does the caller's printer show?",
        "j_printer_support_call",
        ["My printer says there's"],
    ),
    ("How old is the Inkwell printer?", "j_printer_support_call", ["The Inkwell 640, I"]),
    (
        "What usually causes false paper jams on that printer?",
        "j_printer_support_call",
        ["Ghost jams on that"],
    ),
    (
        "What did the caller find behind the roller?",
        "j_printer_support_call",
        ["There's a tiny corner"],
    ),
    ("How should the stuck bit be removed?", "j_printer_support_call", ["Peel it off gently"]),
    (
        "Why might a cheap ink cartridge suddenly not be recognised?",
        "j_printer_support_call",
        ["Those sometimes stop working"],
    ),
    (
        "What can you try when the printer rejects a compatible cartridge?",
        "j_printer_support_call",
        ["I'm not allowed to"],
    ),
    ("Can non-genuine ink harm the printer?", "j_printer_support_call", ["It won't damage the"]),
    (
        "Is the Inkwell 640 still covered by its guarantee?",
        "j_printer_support_call",
        ["It was a one-year"],
    ),
    (
        "How much does Inkwell charge to fix a printer?",
        "j_printer_support_call",
        ["If it breaks properly"],
    ),
    # j_laptop_repair_call
    ("What's wrong with the caller's laptop?", "j_laptop_repair_call", ["Hi, my laptop's stopped"]),
    (
        "What does a raised trackpad usually mean?",
        "j_laptop_repair_call",
        ["A trackpad pushing up"],
    ),
    (
        "Why is a swollen laptop battery a risk?",
        "j_laptop_repair_call",
        ["Swollen lithium batteries can"],
    ),
    ("How should the laptop be stored until the repair?", "j_laptop_repair_call", ["Keep it on a"]),
    (
        "How much will it cost to replace the laptop battery?",
        "j_laptop_repair_call",
        ["For that model, about"],
    ),
    ("Can the battery be replaced the same day?", "j_laptop_repair_call", ["We keep them in"]),
    (
        "Will swapping the battery wipe my documents?",
        "j_laptop_repair_call",
        ["No, the battery swap"],
    ),
    ("Why might the charger light not come on?", "j_laptop_repair_call", ["That could just be"]),
    (
        "Why not send the laptop back to the maker?",
        "j_laptop_repair_call",
        ["You can, but they'll"],
    ),
    (
        "How should the caller carry the laptop to the shop?",
        "j_laptop_repair_call",
        ["Bring it in a"],
    ),
]
