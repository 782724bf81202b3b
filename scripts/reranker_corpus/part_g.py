"""Radio advice phone-in conversations (vet, vegetables, cooking, DIY, pensions, travel, cars) with questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "g_vet_dog_limping": {
        "turns": [
            (
                "host",
                "Good morning, this is Pet Line on Radio Calder, and our vet Dr Helen Marsh is with me until eleven. First caller is Gareth in Halifax. Go ahead, Gareth.",
            ),
            (
                "caller",
                "Morning. It's my spaniel, Bramble. She's seven, and since Saturday she's been limping on her back left leg.",
            ),
            ("vet", "Right. Does the limp get worse after a walk, or is it the same all day?"),
            (
                "caller",
                "Worse in the mornings, actually. Once she's moving about it almost disappears.",
            ),
            (
                "vet",
                "That pattern often points to stiffness in a joint rather than an injury to the paw. Have you looked between her toes, though?",
            ),
            ("caller", "I did, and there's nothing stuck in there. No cuts either."),
            ("vet", "Good. Is she carrying any extra weight?"),
            (
                "caller",
                "Honestly, yes. She's about 19 kilos and the nurse said she should be nearer 15.",
            ),
            (
                "vet",
                "Those extra four kilos put a lot of load on the knees and hips. I'd get her seen this week, because a spaniel of that age can also tear a cruciate ligament, and that needs an X-ray to rule out.",
            ),
            ("caller", "Is that expensive?"),
            (
                "vet",
                "It varies, but an X-ray under sedation is usually somewhere between £300 and £500. Check your insurance first, because many policies cover it.",
            ),
            ("host", "Can he give her anything in the meantime?"),
            (
                "vet",
                "Please don't give her human painkillers. Ibuprofen in particular can cause stomach ulcers and kidney damage in dogs, even at small doses.",
            ),
            ("caller", "Oh. I was about to try that tonight."),
            (
                "vet",
                "I'm glad you rang then. Keep her on short lead walks of ten minutes, three times a day, and no ball throwing until she's been examined.",
            ),
            ("host", "Sensible advice. Thanks, Gareth, and good luck to Bramble."),
        ],
    },
    "g_vet_cat_eating": {
        "turns": [
            ("host", "Next on Pet Line we have Priya from Dewsbury. Priya, what's the problem?"),
            (
                "caller",
                "Hi, Doctor. My cat Pixel has stopped eating properly. He's a ten year old tabby and he's barely touched his food for three days.",
            ),
            ("vet", "Three days is long enough to worry me in a cat. Is he drinking?"),
            ("caller", "More than usual, if anything. I'm filling his water bowl twice a day now."),
            (
                "vet",
                "Right. Increased thirst in an older cat makes me think of the kidneys or an overactive thyroid. Has he lost weight?",
            ),
            ("caller", "He feels bonier along his back, yes."),
            (
                "vet",
                "Then he needs a blood test, ideally today or tomorrow. Cats that stop eating can develop a liver problem called hepatic lipidosis quite quickly, especially if they were overweight beforehand.",
            ),
            (
                "host",
                "Helen, a lot of listeners will ask whether they can just tempt the cat with something tasty.",
            ),
            (
                "vet",
                "You can try warming his wet food slightly, to about body temperature, because smell drives a cat's appetite. But that's a stopgap, not a fix.",
            ),
            ("caller", "My neighbour said to give him a bit of paracetamol if he seems in pain."),
            (
                "vet",
                "Absolutely not. Paracetamol is poisonous to cats, and a single tablet can kill one.",
            ),
            ("caller", "Goodness. I won't, then."),
            ("host", "What will the blood test cost, roughly?"),
            (
                "vet",
                "At most practices a senior blood panel is around £120 to £180. Some clinics run cheaper wellness packages for cats over eight.",
            ),
            ("caller", "I'll ring them straight after this."),
            ("vet", "Do. And take a urine sample if you can, because it saves a second visit."),
        ],
    },
    "g_garden_slugs_lettuce": {
        "turns": [
            (
                "host",
                "You're listening to Dig In on Saturday mornings, and with me is our vegetable expert, Tom Ashworth. Tom, first caller is Maureen, who has an allotment in Stockport.",
            ),
            (
                "caller",
                "Hello, Tom. Every lettuce I plant out disappears overnight. I've lost about thirty seedlings since April.",
            ),
            (
                "expert",
                "Slugs, almost certainly. Do you see silvery trails on the soil in the morning?",
            ),
            ("caller", "Yes, all over the paths."),
            (
                "expert",
                "That settles it. The first thing I'd do is go out after dark with a torch, around ten o'clock, and pick them off by hand.",
            ),
            ("caller", "Every night?"),
            (
                "expert",
                "For a fortnight, yes. You'll be amazed how many you collect, sometimes a hundred in one evening on a wet night.",
            ),
            ("host", "What about slug pellets, Tom?"),
            (
                "expert",
                "Metaldehyde pellets were banned in the UK in 2022, so don't use any old boxes you find in the shed. The ferric phosphate ones are allowed, but I'd rather people tried other methods first.",
            ),
            ("caller", "I've read about beer traps."),
            (
                "expert",
                "They do work. Sink a yoghurt pot so the rim sits just above the soil, about two centimetres, so beetles don't fall in, and fill it halfway with cheap lager.",
            ),
            ("caller", "And what about growing the lettuce bigger before planting?"),
            (
                "expert",
                "That's my favourite trick. Raise them in modules on a windowsill until they have six or seven true leaves, because a sturdy plant can survive a bit of nibbling.",
            ),
            ("host", "Any varieties that slugs dislike?"),
            (
                "expert",
                "Red leaved ones like Lollo Rosso seem to get hit less, though I wouldn't promise anything.",
            ),
            ("caller", "Brilliant, I'll try all of that. Thank you."),
        ],
    },
    "g_garden_carrot_fly": {
        "turns": [
            (
                "host",
                "Back to the phones on Dig In. Tom, we've got Dev from Bolton, who grows carrots.",
            ),
            (
                "caller",
                "Morning both. My carrots look fine on top, but when I pull them up they're riddled with little brown tunnels.",
            ),
            (
                "expert",
                "Ah, that's carrot fly. The maggots burrow into the root, and the tunnels go rusty brown as they age.",
            ),
            ("caller", "Can I still eat them?"),
            (
                "expert",
                "You can, if you cut the damaged bits out, but they won't store through the winter.",
            ),
            ("host", "How do you stop it happening next year?"),
            (
                "expert",
                "The fly stays low, usually under about sixty centimetres, so a barrier of fine mesh around the bed works really well. I use insect netting on hoops and tuck the edges into the soil.",
            ),
            ("caller", "I've heard they follow the smell."),
            (
                "expert",
                "They do. Thinning the seedlings bruises the leaves and releases that scent, so sow thinly and thin on a still evening, then water afterwards.",
            ),
            ("caller", "What about companion planting with onions?"),
            (
                "expert",
                "The evidence is mixed, to be honest. A few trials found it helped a little, but only with four rows of onions to every row of carrots, which isn't practical on most plots.",
            ),
            ("host", "Tom, are there resistant varieties?"),
            (
                "expert",
                "Yes, Flyaway and Resistafly both suffer less damage. They're not immune, but combined with netting you'd barely see a tunnel.",
            ),
            ("caller", "And timing?"),
            (
                "expert",
                "Sowing after the first week of June avoids the first generation of flies, which hatch in late spring.",
            ),
            ("caller", "Great. I'll get some netting ordered."),
        ],
    },
    "g_cook_sourdough_starter": {
        "turns": [
            (
                "host",
                "This is The Kitchen Table, and our chef Rosa Fairley is taking your cooking questions. Rosa, first up is Liam in Leeds.",
            ),
            (
                "caller",
                "Hi Rosa. I made a sourdough starter three weeks ago and it's still not rising properly. It just sits there with a few bubbles.",
            ),
            ("chef", "Okay. What flour are you feeding it with?"),
            ("caller", "Plain white flour from the supermarket."),
            (
                "chef",
                "That's probably the main issue. Wholemeal rye has far more of the wild yeasts and nutrients a starter needs, so switch to rye for a week and see what happens.",
            ),
            ("caller", "Right. And how much should I feed it?"),
            (
                "chef",
                "I'd discard all but 50 grams, then add 50 grams of flour and 50 grams of water, so equal weights of everything.",
            ),
            ("host", "Where does he keep it, though?"),
            ("caller", "In the pantry. It's quite cold in there, maybe 16 degrees."),
            (
                "chef",
                "That's too chilly. Starters are happiest around 24 to 26 degrees, so try the top of the fridge, or in the oven with just the light switched on.",
            ),
            ("caller", "There's also a grey liquid on top some mornings."),
            (
                "chef",
                "That's called hooch, and it just means the starter is hungry. Pour it off or stir it back in, it's harmless.",
            ),
            ("caller", "How will I know when it's ready to bake with?"),
            (
                "chef",
                "When it reliably doubles within four to six hours of a feed. You can also drop a spoonful into water, and if it floats, it's usually ready.",
            ),
            ("host", "Great tips, Rosa."),
            ("chef", "Give it another week, Liam, and let me know."),
        ],
    },
    "g_cook_dense_loaf": {
        "turns": [
            (
                "host",
                "Still on bread, Rosa, we have Margaret from Harrogate, whose loaves keep coming out like bricks.",
            ),
            (
                "caller",
                "That's right. I bake a white sandwich loaf every Sunday, and for the last month it's been heavy and hardly risen.",
            ),
            ("chef", "Has anything changed? New flour, new yeast, a different kitchen?"),
            ("caller", "Well, I bought a big tin of dried yeast in January."),
            ("chef", "How long has it been open?"),
            ("caller", "About five months."),
            (
                "chef",
                "There's your likely culprit. Once opened, dried yeast loses strength, especially if the lid isn't tight, so test it by stirring a teaspoon into warm water with a pinch of sugar.",
            ),
            ("caller", "And what should happen?"),
            (
                "chef",
                "Within ten minutes you should see a thick foam. If it's flat, throw the tin away.",
            ),
            ("host", "Could it be the kneading as well?"),
            (
                "chef",
                "It could. Most home bakers stop too soon. You want about ten minutes by hand, until the dough stretches thin enough to let light through without tearing.",
            ),
            ("caller", "I probably do five minutes at most."),
            (
                "chef",
                "Then double it. And check you're using strong bread flour, with at least 12% protein, not ordinary plain.",
            ),
            ("caller", "Oh, I've been using plain since my shop ran out of strong."),
            (
                "chef",
                "That would do it on its own. Plain flour doesn't build enough gluten to hold the gas.",
            ),
            ("host", "So three suspects, then."),
            ("chef", "Exactly. Fix the flour first, because it's the cheapest change."),
        ],
    },
    "g_diy_dripping_tap": {
        "turns": [
            (
                "host",
                "Welcome to Fix It Friday. Our handyman Steve Kowalski is in the studio, and we start with Andrea from Wigan. Andrea?",
            ),
            (
                "caller",
                "Hi Steve. My kitchen tap drips constantly, even when I turn it off hard. It's a mixer tap with two handles.",
            ),
            ("handyman", "Is it the hot side or the cold side dripping?"),
            ("caller", "I think it's the hot."),
            (
                "handyman",
                "Put your hand under it for a second. A warm drip means it's the hot valve. On a two handle mixer, that usually means a worn washer or a worn ceramic cartridge.",
            ),
            ("caller", "How do I tell which?"),
            (
                "handyman",
                "If the handle turns a quarter turn from off to full, it's a ceramic cartridge. If it spins round several times, it's an old style washer.",
            ),
            ("caller", "It's a quarter turn."),
            (
                "handyman",
                "Then you need a new cartridge. Take the old one to a plumbers' merchant so you get the same spline count, because there are lots of sizes. They cost around £8 to £15.",
            ),
            ("host", "Does she need to turn the water off at the mains?"),
            (
                "handyman",
                "She does. The stopcock is usually under the kitchen sink, and then open the tap to drain what's left in the pipe.",
            ),
            ("caller", "Mine is stiff. I'm scared of snapping it."),
            (
                "handyman",
                "Don't force it with a wrench. A drop of penetrating oil on the spindle and a gentle back and forth rocking usually frees it.",
            ),
            ("host", "And if she leaves it dripping?"),
            (
                "handyman",
                "A tap dripping once a second wastes something like 5,000 litres a year, and on a meter that adds up.",
            ),
            ("caller", "Right, I'll sort it this weekend."),
        ],
    },
    "g_diy_shower_leak": {
        "turns": [
            (
                "host",
                "Next on Fix It Friday, Steve, it's Colin in Bury, who has a stain on his ceiling.",
            ),
            (
                "caller",
                "Yes. There's a brown patch on the kitchen ceiling, right below the shower, and it's grown to the size of a dinner plate.",
            ),
            ("handyman", "Does it get worse when someone has a shower?"),
            (
                "caller",
                "Definitely. After my teenage son's twenty minute showers it's damp to the touch.",
            ),
            (
                "handyman",
                "Twenty minutes, that'd test anyone's plumbing. In most cases like this it's not a pipe at all, it's the silicone seal around the tray that has failed and water is getting behind it.",
            ),
            ("caller", "How can I check?"),
            (
                "handyman",
                "Dry the tray, then pour a jug of water along the edge where it meets the tiles, without running the shower. If the patch below gets wetter, it's the seal.",
            ),
            ("host", "And if it's the seal, is that a job he can do himself?"),
            (
                "handyman",
                "Absolutely. Cut the old silicone out with a sharp blade, clean it with white spirit, and let it dry for a full day before resealing.",
            ),
            ("caller", "Why a full day?"),
            (
                "handyman",
                "Because new silicone won't bond to damp grout, and then you're back where you started within weeks.",
            ),
            ("caller", "Any tip for getting a neat line?"),
            (
                "handyman",
                "Fill the tray with water while you apply the bead. The weight makes the tray sink slightly, so the seal isn't stretched later when someone stands in it.",
            ),
            ("host", "What about the ceiling itself?"),
            (
                "handyman",
                "Let it dry out for two or three weeks, then use a stain blocking primer before painting, otherwise the brown mark bleeds through ordinary emulsion.",
            ),
            ("caller", "That's really helpful, thanks, Steve."),
        ],
    },
    "g_money_pension_pots": {
        "turns": [
            (
                "host",
                "This is Money Matters on Radio Calder. Our adviser Nadia Hussain is answering your calls. First, Paul in Huddersfield.",
            ),
            (
                "caller",
                "Hi Nadia. I'm 52 and I've had six jobs, so I've got six little workplace pensions scattered about. Should I combine them?",
            ),
            (
                "adviser",
                "Often it makes sense, yes, but check each one first. Do you know roughly what they add up to?",
            ),
            ("caller", "About £84,000 in total, I think."),
            (
                "adviser",
                "The first thing is to look for fees. Some older pensions charge 1.5% a year or more, while a modern one might be under 0.5%, and over fifteen years that difference is thousands of pounds.",
            ),
            ("caller", "That's a big gap."),
            (
                "adviser",
                "It is. But before moving anything, ask each provider whether there are guaranteed benefits, such as a guaranteed annuity rate. Those can be worth far more than any saving on fees.",
            ),
            ("host", "What if one of them is a final salary scheme?"),
            (
                "adviser",
                "Then be very careful. If a defined benefit pension is worth more than £30,000, the law says you must take regulated financial advice before transferring it.",
            ),
            ("caller", "One of them is from the council, actually."),
            (
                "adviser",
                "That'll be a defined benefit scheme, so I'd leave that one alone in almost every case.",
            ),
            ("caller", "How do I find one I've lost the paperwork for?"),
            (
                "adviser",
                "The government's Pension Tracing Service is free, and you can search by employer name.",
            ),
            ("host", "And beware of cold callers, Nadia?"),
            (
                "adviser",
                "Always. Nobody genuine rings out of the blue offering a free pension review, and if they do, hang up.",
            ),
            ("caller", "Thanks, that's really clear."),
        ],
    },
    "g_money_early_retirement": {
        "turns": [
            (
                "host",
                "Still on pensions, Nadia, we have Sandra in Brighouse, who wants to retire early.",
            ),
            (
                "caller",
                "Yes, I'm 58 and my husband is 61. We'd like to both stop work in two years.",
            ),
            (
                "adviser",
                "Lovely. The first question is when your state pensions start, because that's a big gap to bridge.",
            ),
            ("caller", "Mine starts at 67, I believe."),
            (
                "adviser",
                "That's right for your age. So you'd need to fund about seven years yourself before it arrives.",
            ),
            (
                "caller",
                "We've got around £240,000 between our private pensions, plus the house is paid off.",
            ),
            (
                "adviser",
                "That's a solid position. Remember you can take 25% of a pension tax free, but you don't have to take it all in one go.",
            ),
            ("host", "Why wouldn't you take it all at once?"),
            (
                "adviser",
                "Because if you take it gradually, each withdrawal is a quarter tax free and three quarters taxable, which can keep you inside the basic rate band every year.",
            ),
            ("caller", "We've also talked about a holiday home."),
            (
                "adviser",
                "I'd be cautious. Tying up savings in property leaves you short of cash for those bridging years, and it doesn't pay you an income unless you rent it out.",
            ),
            ("caller", "Fair enough. What about how much we'll actually need?"),
            (
                "adviser",
                "A useful benchmark is that a couple wanting a moderate lifestyle needs roughly £43,000 a year after tax, though you'll spend less if you're mortgage free.",
            ),
            ("caller", "Should we check our national insurance record?"),
            (
                "adviser",
                "Yes, definitely. You need 35 qualifying years for a full state pension, and you can check yours online in five minutes.",
            ),
            ("host", "Thanks, Sandra, and good luck with the plans."),
        ],
    },
    "g_travel_lost_luggage": {
        "turns": [
            (
                "host",
                "Welcome to Away Days, the travel phone-in. Our travel writer Bethan Price is here. First caller is Omar, who's just back from Lisbon.",
            ),
            (
                "caller",
                "Hi Bethan. My suitcase didn't arrive when I landed in Manchester on Tuesday, and it still hasn't turned up.",
            ),
            (
                "writer",
                "Sorry to hear that. Did you fill in a report at the airport before you left the baggage hall?",
            ),
            (
                "caller",
                "Yes, a property irregularity report, they called it. I've got a reference number.",
            ),
            (
                "writer",
                "Good, keep that safe. Under the Montreal Convention a bag counts as lost after 21 days, and then you can claim for the full contents.",
            ),
            ("caller", "What about in the meantime? I've had to buy clothes."),
            (
                "writer",
                "You can claim reasonable essentials, like toiletries and a change of clothes, but keep every receipt. Airlines push back on anything that looks like a shopping spree.",
            ),
            ("host", "Is there a time limit for that claim?"),
            (
                "writer",
                "There is. For a delayed bag you must claim in writing within 21 days of getting it back, and for damage it's only seven days.",
            ),
            ("caller", "There's a laptop in the case, unfortunately."),
            (
                "writer",
                "Ah. Airlines usually exclude electronics and valuables in checked luggage, so your travel insurance may be the better route for that one.",
            ),
            ("caller", "Is the compensation capped?"),
            ("writer", "Yes, at roughly £1,500 per passenger, whatever was in the bag."),
            ("host", "Any tip for next time?"),
            (
                "writer",
                "Pop a cheap tracking tag in your case. Several listeners have told me it helped staff find their bag in hours rather than days.",
            ),
            ("caller", "I'll definitely get one. Thanks."),
        ],
    },
    "g_travel_cancelled_flight": {
        "turns": [
            (
                "host",
                "Next on Away Days, Bethan, it's Jenny, whose family holiday got off to a bad start.",
            ),
            (
                "caller",
                "Hi. We were due to fly to Malaga from Leeds Bradford, four of us, and the flight was cancelled the night before. The airline said it was a crew shortage.",
            ),
            ("writer", "How much notice did they give you?"),
            ("caller", "About eleven hours."),
            (
                "writer",
                "Then you're likely owed compensation. A crew shortage is the airline's own problem, not an extraordinary circumstance like bad weather or air traffic control strikes.",
            ),
            ("caller", "How much would it be?"),
            (
                "writer",
                "For a flight under 1,500 kilometres it's £220 per person, so £880 for the four of you, on top of a refund or rebooking.",
            ),
            ("host", "Did they rebook you, Jenny?"),
            ("caller", "Onto a flight two days later. We lost two nights at the villa."),
            (
                "writer",
                "That's frustrating. The airline had a duty to offer you a seat with another carrier if that got you there sooner, so do mention that in your claim.",
            ),
            ("caller", "We paid for a hotel near the airport, too."),
            (
                "writer",
                "Claim that as well, with receipts, under the right to care. Meals and a reasonable hotel are covered.",
            ),
            ("caller", "Should I use one of those claims companies?"),
            (
                "writer",
                "I wouldn't. They can take 30% or more. Write to the airline yourself first, and if they refuse, go to the adjudication scheme they belong to, which is free.",
            ),
            ("host", "Great advice, Bethan."),
        ],
    },
    "g_car_brake_squeal": {
        "turns": [
            (
                "host",
                "You're on Under the Bonnet with mechanic Kev Dalton. Kev, first up is Ruth from Keighley.",
            ),
            (
                "caller",
                "Hi Kev. My car has started squealing whenever I brake, especially at low speed coming up to junctions.",
            ),
            ("mechanic", "What car is it, and how many miles since the brakes were last done?"),
            (
                "caller",
                "It's a 2017 Ford Focus, and I don't think the brakes have been touched in about 30,000 miles.",
            ),
            (
                "mechanic",
                "Then my first guess is the wear indicator. Many pads have a little metal tab that screeches against the disc when the pad gets thin, deliberately, to warn you.",
            ),
            ("caller", "So it's telling me to replace them?"),
            ("mechanic", "Pretty much. Does it stop squealing when you press the pedal harder?"),
            ("caller", "No, it's the same either way."),
            (
                "mechanic",
                "Okay. If it becomes a grinding noise, that's metal on metal, and you'd be damaging the discs as well. Don't leave it that long.",
            ),
            ("host", "What would that cost, Kev?"),
            (
                "mechanic",
                "Front pads alone on a Focus are about £90 to £120 fitted at an independent garage. Pads and discs together, more like £220.",
            ),
            ("caller", "Could it just be dust or damp?"),
            (
                "mechanic",
                "It can be. A light squeal first thing on a damp morning, which goes after a couple of stops, is just surface rust on the discs and nothing to worry about.",
            ),
            ("caller", "Mine is all day though."),
            (
                "mechanic",
                "Then get it looked at this week. Ask them to measure the pad thickness, because under three millimetres they need changing.",
            ),
            ("host", "Thanks, Ruth."),
        ],
    },
    "g_car_belt_squeal": {
        "turns": [
            ("host", "Another squeal now on Under the Bonnet. Kev, we've got Imran from Rochdale."),
            (
                "caller",
                "Hiya Kev. Mine squeals when I start the engine on cold mornings, a high pitched screech for maybe ten seconds, then it stops.",
            ),
            ("mechanic", "And it's not when you're braking?"),
            ("caller", "No, it happens parked on the drive, before I've even moved."),
            (
                "mechanic",
                "That sounds like the auxiliary belt, the one that drives the alternator and the power steering. When it's cold, the rubber is hard and it slips on the pulleys.",
            ),
            ("caller", "Does it get louder if I turn the steering wheel?"),
            (
                "mechanic",
                "It often does, yes, because turning puts extra load on the belt. What's the car?",
            ),
            ("caller", "A 2014 Vauxhall Astra, done about 70,000 miles."),
            (
                "mechanic",
                "I see a lot of those. Have a look at the belt with the engine off, and if you see little cracks across the ribs, it's worn out.",
            ),
            ("host", "Can he just spray something on it?"),
            (
                "mechanic",
                "Belt dressing sprays will quieten it for a week, but they hide the problem. I'd rather people didn't bother.",
            ),
            ("caller", "How much is a new belt?"),
            (
                "mechanic",
                "The belt itself is about £25, and with the tensioner checked you're looking at £80 to £100 fitted.",
            ),
            ("caller", "And if I ignore it?"),
            (
                "mechanic",
                "If it snaps, you lose charging and power steering at once, and on some engines it can take the timing belt with it, which is a very expensive repair.",
            ),
            ("host", "So don't ignore it."),
            ("mechanic", "Definitely not. Get it done within the month."),
        ],
    },
}

QUESTIONS = [
    # g_vet_dog_limping
    (
        "What breed is the dog that's been limping?",
        "g_vet_dog_limping",
        ["It's my spaniel, Bramble"],
    ),
    (
        "At what time of day is Bramble's lameness at its worst?",
        "g_vet_dog_limping",
        ["Worse in the mornings"],
    ),
    (
        "Did the owner find a thorn or cut in the dog's foot?",
        "g_vet_dog_limping",
        ["I did, and there's"],
    ),
    (
        "How heavy is the spaniel and what is her ideal weight?",
        "g_vet_dog_limping",
        ["She's about 19 kilos"],
    ),
    (
        "Which knee injury did the vet want to rule out in the spaniel?",
        "g_vet_dog_limping",
        ["I'd get her seen"],
    ),
    (
        "How much would it cost to X-ray the limping dog?",
        "g_vet_dog_limping",
        ["It varies, but an"],
    ),
    (
        "Why is it dangerous to give a dog ibuprofen?",
        "g_vet_dog_limping",
        ["Ibuprofen in particular can"],
    ),
    (
        "What walking routine did the vet suggest for the lame dog until it's examined?",
        "g_vet_dog_limping",
        ["Keep her on short"],
    ),
    # g_vet_cat_eating
    ("How old is the cat that's gone off its food?", "g_vet_cat_eating", ["He's a ten year"]),
    (
        "Has the tabby been drinking more or less than normal?",
        "g_vet_cat_eating",
        ["More than usual, if"],
    ),
    (
        "What illnesses did the vet suspect because the older cat was so thirsty?",
        "g_vet_cat_eating",
        ["Increased thirst in an"],
    ),
    (
        "What liver disease can a cat get when it stops eating?",
        "g_vet_cat_eating",
        ["Cats that stop eating"],
    ),
    (
        "How can you encourage a fussy cat to eat its food?",
        "g_vet_cat_eating",
        ["You can try warming"],
    ),
    (
        "What did Priya's neighbour tell her to give the cat?",
        "g_vet_cat_eating",
        ["My neighbour said to"],
    ),
    ("Is paracetamol safe for cats?", "g_vet_cat_eating", ["Paracetamol is poisonous to"]),
    (
        "What is the price of a blood test for a senior cat?",
        "g_vet_cat_eating",
        ["At most practices a"],
    ),
    ("Why did the vet suggest bringing a urine sample?", "g_vet_cat_eating", ["And take a urine"]),
    # g_garden_slugs_lettuce
    (
        "How many young lettuces has Maureen lost on her allotment?",
        "g_garden_slugs_lettuce",
        ["I've lost about thirty"],
    ),
    (
        "What did the expert say was eating the lettuces?",
        "g_garden_slugs_lettuce",
        ["Slugs, almost certainly."],
    ),
    (
        "What time of night should you go slug hunting with a torch?",
        "g_garden_slugs_lettuce",
        ["The first thing I'd"],
    ),
    (
        "For how long should you keep collecting slugs every night?",
        "g_garden_slugs_lettuce",
        ["For a fortnight, yes."],
    ),
    (
        "In what year were metaldehyde slug pellets banned?",
        "g_garden_slugs_lettuce",
        ["Metaldehyde pellets were banned"],
    ),
    (
        "How do you set up a beer trap so beetles don't drown in it?",
        "g_garden_slugs_lettuce",
        ["Sink a yoghurt pot"],
    ),
    (
        "Why should lettuce plants be grown on indoors before planting out?",
        "g_garden_slugs_lettuce",
        ["Raise them in modules"],
    ),
    (
        "Which lettuce variety do slugs seem to prefer less?",
        "g_garden_slugs_lettuce",
        ["Red leaved ones like"],
    ),
    # g_garden_carrot_fly
    (
        "What did Dev find when he dug up his carrots?",
        "g_garden_carrot_fly",
        ["My carrots look fine"],
    ),
    (
        "Can you still eat carrots that have carrot fly damage?",
        "g_garden_carrot_fly",
        ["You can, if you"],
    ),
    (
        "How high does the carrot fly go, and how do you keep it out?",
        "g_garden_carrot_fly",
        ["The fly stays low"],
    ),
    (
        "Why is thinning carrot seedlings a risk, and when should you do it?",
        "g_garden_carrot_fly",
        ["Thinning the seedlings bruises"],
    ),
    (
        "Does growing onions next to carrots help keep the fly away?",
        "g_garden_carrot_fly",
        ["The evidence is mixed", "A few trials found"],
    ),
    (
        "How many rows of onions per row of carrots did the trials use?",
        "g_garden_carrot_fly",
        ["A few trials found"],
    ),
    (
        "Which carrot varieties are less affected by carrot fly?",
        "g_garden_carrot_fly",
        ["Yes, Flyaway and Resistafly"],
    ),
    (
        "When should you sow carrots to miss the first generation of flies?",
        "g_garden_carrot_fly",
        ["Sowing after the first"],
    ),
    # g_cook_sourdough_starter
    (
        "How long has Liam had his sourdough starter going?",
        "g_cook_sourdough_starter",
        ["I made a sourdough"],
    ),
    (
        "What flour was Liam feeding his starter?",
        "g_cook_sourdough_starter",
        ["Plain white flour from"],
    ),
    (
        "Which flour did the chef suggest switching to for the starter?",
        "g_cook_sourdough_starter",
        ["Wholemeal rye has far"],
    ),
    (
        "What quantities should you use when feeding a starter?",
        "g_cook_sourdough_starter",
        ["I'd discard all but"],
    ),
    (
        "How warm is the pantry where the starter is kept?",
        "g_cook_sourdough_starter",
        ["It's quite cold in"],
    ),
    (
        "What temperature does a sourdough starter do best at?",
        "g_cook_sourdough_starter",
        ["Starters are happiest around"],
    ),
    (
        "What is the grey liquid that forms on top of a starter?",
        "g_cook_sourdough_starter",
        ["That's called hooch, and"],
    ),
    (
        "How can you tell a starter is ready to bake with?",
        "g_cook_sourdough_starter",
        ["When it reliably doubles", "You can also drop"],
    ),
    # g_cook_dense_loaf
    ("How often does Margaret make her sandwich loaf?", "g_cook_dense_loaf", ["I bake a white"]),
    ("How long had the dried yeast tin been opened?", "g_cook_dense_loaf", ["About five months."]),
    (
        "How do you test whether old dried yeast is still active?",
        "g_cook_dense_loaf",
        ["Once opened, dried yeast"],
    ),
    (
        "What should you see if the yeast is still good?",
        "g_cook_dense_loaf",
        ["Within ten minutes you"],
    ),
    (
        "How long should you knead bread by hand, and how do you know it's done?",
        "g_cook_dense_loaf",
        ["You want about ten"],
    ),
    (
        "How much protein should flour for bread contain?",
        "g_cook_dense_loaf",
        ["And check you're using"],
    ),
    (
        "Why did switching to plain flour make the bread heavy?",
        "g_cook_dense_loaf",
        ["Plain flour doesn't build"],
    ),
    (
        "Which of the three problems did the chef say to fix first?",
        "g_cook_dense_loaf",
        ["Fix the flour first"],
    ),
    # g_diy_dripping_tap
    ("What sort of kitchen tap does Andrea have?", "g_diy_dripping_tap", ["It's a mixer tap"]),
    (
        "How can you find out which side of a mixer tap is dripping?",
        "g_diy_dripping_tap",
        ["Put your hand under"],
    ),
    (
        "How do you know whether a tap has a ceramic cartridge or a washer?",
        "g_diy_dripping_tap",
        ["If the handle turns"],
    ),
    (
        "Why take the old cartridge with you to the plumbers' merchant?",
        "g_diy_dripping_tap",
        ["Take the old one"],
    ),
    ("How much is a new ceramic tap cartridge?", "g_diy_dripping_tap", ["They cost around £8"]),
    ("Where will the stopcock normally be?", "g_diy_dripping_tap", ["The stopcock is usually"]),
    (
        "How do you loosen a stopcock that's seized?",
        "g_diy_dripping_tap",
        ["A drop of penetrating"],
    ),
    (
        "How much water is lost in a year from a dripping tap?",
        "g_diy_dripping_tap",
        ["A tap dripping once"],
    ),
    # g_diy_shower_leak
    ("How big has the stain under the shower got?", "g_diy_shower_leak", ["There's a brown patch"]),
    ("When does the ceiling patch get damp?", "g_diy_shower_leak", ["After my teenage son's"]),
    (
        "What usually causes water to leak through the ceiling below a shower?",
        "g_diy_shower_leak",
        ["In most cases like"],
    ),
    (
        "How can you check whether the shower tray seal has failed?",
        "g_diy_shower_leak",
        ["Dry the tray, then"],
    ),
    (
        "How do you remove old silicone and prepare the surface?",
        "g_diy_shower_leak",
        ["Cut the old silicone"],
    ),
    (
        "Why leave it a whole day before putting on new silicone?",
        "g_diy_shower_leak",
        ["Because new silicone won't"],
    ),
    (
        "Why should the shower tray be filled with water when resealing it?",
        "g_diy_shower_leak",
        ["Fill the tray with", "The weight makes the"],
    ),
    (
        "How should you paint over a water stain on the ceiling?",
        "g_diy_shower_leak",
        ["Let it dry out"],
    ),
    # g_money_pension_pots
    (
        "How many old workplace pensions does Paul have?",
        "g_money_pension_pots",
        ["I'm 52 and I've"],
    ),
    (
        "Roughly how much are Paul's pensions worth altogether?",
        "g_money_pension_pots",
        ["About £84,000 in total"],
    ),
    (
        "How do the charges on old pensions compare with modern ones?",
        "g_money_pension_pots",
        ["Some older pensions charge"],
    ),
    (
        "What should you ask a provider before transferring a pension out?",
        "g_money_pension_pots",
        ["But before moving anything"],
    ),
    (
        "When are you legally required to take advice before moving a final salary pension?",
        "g_money_pension_pots",
        ["If a defined benefit"],
    ),
    (
        "What did the adviser say Paul should do with his council pension?",
        "g_money_pension_pots",
        ["That'll be a defined"],
    ),
    (
        "How can you track down a pension you've lost the paperwork for?",
        "g_money_pension_pots",
        ["The government's Pension Tracing"],
    ),
    (
        "What should you do if a stranger rings offering to review your pension?",
        "g_money_pension_pots",
        ["Nobody genuine rings out"],
    ),
    # g_money_early_retirement
    ("How old are Sandra and her husband?", "g_money_early_retirement", ["Yes, I'm 58 and"]),
    (
        "At what age does Sandra's state pension begin?",
        "g_money_early_retirement",
        ["Mine starts at 67"],
    ),
    (
        "How many years would Sandra have to support herself before the state pension?",
        "g_money_early_retirement",
        ["So you'd need to"],
    ),
    (
        "How much do the couple have saved in private pensions?",
        "g_money_early_retirement",
        ["We've got around £240,000"],
    ),
    (
        "Why might you take your tax-free pension cash bit by bit instead of all at once?",
        "g_money_early_retirement",
        ["Because if you take"],
    ),
    (
        "Did the adviser think buying a holiday home was a good idea?",
        "g_money_early_retirement",
        ["I'd be cautious.", "Tying up savings in"],
    ),
    (
        "What annual income does a couple need for a moderate retirement?",
        "g_money_early_retirement",
        ["A useful benchmark is"],
    ),
    (
        "How many years of contributions do you need for the full state pension?",
        "g_money_early_retirement",
        ["You need 35 qualifying"],
    ),
    # g_travel_lost_luggage
    (
        "Which city was Omar returning from when his bag went missing?",
        "g_travel_lost_luggage",
        ["First caller is Omar"],
    ),
    (
        "What is the form called that you fill in at the airport for a missing case?",
        "g_travel_lost_luggage",
        ["Yes, a property irregularity"],
    ),
    (
        "After how long is a missing suitcase treated as lost?",
        "g_travel_lost_luggage",
        ["Under the Montreal Convention"],
    ),
    (
        "What can you buy and claim back while your luggage is delayed?",
        "g_travel_lost_luggage",
        ["You can claim reasonable"],
    ),
    (
        "What is the deadline for claiming for a damaged suitcase?",
        "g_travel_lost_luggage",
        ["For a delayed bag"],
    ),
    (
        "Why should Omar claim for his laptop through his travel insurance?",
        "g_travel_lost_luggage",
        ["Airlines usually exclude electronics"],
    ),
    (
        "What is the most an airline will pay out for lost baggage?",
        "g_travel_lost_luggage",
        ["Yes, at roughly £1,500"],
    ),
    (
        "What did the travel writer suggest putting in your suitcase next time?",
        "g_travel_lost_luggage",
        ["Pop a cheap tracking"],
    ),
    # g_travel_cancelled_flight
    (
        "What reason did the airline give for cancelling Jenny's flight?",
        "g_travel_cancelled_flight",
        ["The airline said it"],
    ),
    (
        "How much notice of the cancellation did the family get?",
        "g_travel_cancelled_flight",
        ["About eleven hours."],
    ),
    (
        "Why doesn't a lack of crew count as an extraordinary circumstance?",
        "g_travel_cancelled_flight",
        ["A crew shortage is"],
    ),
    (
        "How much compensation could the family of four claim?",
        "g_travel_cancelled_flight",
        ["For a flight under"],
    ),
    (
        "When was the family put on a new flight?",
        "g_travel_cancelled_flight",
        ["Onto a flight two"],
    ),
    (
        "What should the airline have offered to get them there sooner?",
        "g_travel_cancelled_flight",
        ["The airline had a"],
    ),
    (
        "Can you get the cost of an airport hotel back after a cancellation?",
        "g_travel_cancelled_flight",
        ["Claim that as well"],
    ),
    (
        "Why did the travel writer advise against using a claims firm?",
        "g_travel_cancelled_flight",
        ["They can take 30%", "Write to the airline"],
    ),
    # g_car_brake_squeal
    (
        "When does Ruth's car make the squealing noise?",
        "g_car_brake_squeal",
        ["My car has started"],
    ),
    (
        "What car does Ruth drive and when were its brakes last serviced?",
        "g_car_brake_squeal",
        ["It's a 2017 Ford"],
    ),
    ("Why do worn brake pads screech?", "g_car_brake_squeal", ["Many pads have a"]),
    (
        "Does the noise change if Ruth presses the pedal harder?",
        "g_car_brake_squeal",
        ["No, it's the same"],
    ),
    ("What does it mean if the brakes start grinding?", "g_car_brake_squeal", ["If it becomes a"]),
    (
        "What would new front brake pads and discs cost on the Focus?",
        "g_car_brake_squeal",
        ["Front pads alone on", "Pads and discs together"],
    ),
    (
        "Is it normal for brakes to squeal on a wet morning?",
        "g_car_brake_squeal",
        ["A light squeal first"],
    ),
    (
        "How thin can brake pads get before they need replacing?",
        "g_car_brake_squeal",
        ["Ask them to measure"],
    ),
    # g_car_belt_squeal
    (
        "When does Imran hear the screech from his engine?",
        "g_car_belt_squeal",
        ["Mine squeals when I"],
    ),
    (
        "Does the noise happen when the car is stationary?",
        "g_car_belt_squeal",
        ["No, it happens parked"],
    ),
    (
        "What part did the mechanic think was making the noise on start up?",
        "g_car_belt_squeal",
        ["That sounds like the"],
    ),
    ("Why does the belt slip on cold mornings?", "g_car_belt_squeal", ["When it's cold, the"]),
    (
        "Why would turning the steering wheel make the squeal louder?",
        "g_car_belt_squeal",
        ["It often does, yes"],
    ),
    ("What make and mileage is Imran's car?", "g_car_belt_squeal", ["A 2014 Vauxhall Astra"]),
    ("How do you check if the auxiliary belt is worn?", "g_car_belt_squeal", ["Have a look at"]),
    ("Are belt dressing sprays worth using?", "g_car_belt_squeal", ["Belt dressing sprays will"]),
    (
        "How much does replacing the auxiliary belt cost?",
        "g_car_belt_squeal",
        ["The belt itself is"],
    ),
    ("What happens if the belt snaps while driving?", "g_car_belt_squeal", ["If it snaps, you"]),
]
