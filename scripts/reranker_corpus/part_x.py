"""Conversations about food, drink and hospitality with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "x_hotel_noisy_room": {
        "turns": [
            ("agent", "Good evening, front desk, this is Priya speaking. How can I help?"),
            (
                "caller",
                "Hi, I'm in room 412. There's a party going on next door and it's nearly midnight.",
            ),
            ("agent", "I'm sorry about that. Is it the room on your left or your right?"),
            ("caller", "The left, I think it's 414. They've had music on since about ten."),
            (
                "agent",
                "Right. We have a wedding group on that corridor this weekend, about 30 rooms in total.",
            ),
            (
                "caller",
                "That explains the shouting. I've got an early flight, my taxi is booked for 5 in the morning.",
            ),
            (
                "agent",
                "Understood. I can send our night manager up to speak to them, or I can move you.",
            ),
            ("caller", "Which would be quicker?"),
            (
                "agent",
                "Honestly, moving you. Security asked them to keep it down once already at half past ten, and it only lasted twenty minutes.",
            ),
            ("caller", "Then let's move. What have you got?"),
            (
                "agent",
                "Room 518 is free, on the fifth floor at the far end, away from the lifts. It's a twin rather than a double, though.",
            ),
            ("caller", "That's fine, I only need to sleep."),
            (
                "agent",
                "Good. I'll bring two new key cards up myself in about ten minutes, so you don't have to come down.",
            ),
            ("caller", "Thank you. And will I still be charged the same?"),
            (
                "agent",
                "You will, the twin is actually £15 cheaper, but I'll leave the rate as booked and take off tonight's parking charge instead, that's £22.",
            ),
            ("caller", "Fair enough. Can I get breakfast before five?"),
            (
                "agent",
                "The restaurant opens at half six, so no. But we can put a breakfast bag at the desk for you, with a sandwich, some fruit and a juice.",
            ),
            ("caller", "Perfect, I'll grab it on the way out."),
            (
                "agent",
                "I'll also note your taxi time, so the desk will wake you with a call at 4:30.",
            ),
            ("caller", "Great. Thanks, Priya."),
        ],
    },
    "x_hotel_broken_aircon": {
        "turns": [
            ("agent", "Front desk, good afternoon, Tomasz speaking."),
            (
                "caller",
                "Hello, we're in room 207. The air conditioning has stopped working and it's about 30 degrees in here.",
            ),
            ("agent", "Oh no. Is the panel by the door showing anything?"),
            ("caller", "It flashes E4 and then goes blank."),
            (
                "agent",
                "Right, E4 usually means the outdoor unit has tripped. Our engineer, Carlos, is on site until six, so I'll send him up now.",
            ),
            ("caller", "How long will that take?"),
            ("agent", "He's finishing a job in the kitchen, so maybe 25 minutes."),
            ("caller", "Okay. If he can't fix it, can we change rooms?"),
            (
                "agent",
                "We're almost full tonight because of the marathon on Sunday. The only free room is a single on the ground floor.",
            ),
            ("caller", "That won't work, there are four of us including two kids."),
            ("agent", "Understood. In the meantime I can bring up two standing fans."),
            ("caller", "Yes please, anything helps."),
            ("agent", "No problem, they'll be with you in five minutes."),
            (
                "caller",
                "Hi, it's room 207 again. Carlos came, but he says a part has to be ordered.",
            ),
            (
                "agent",
                "Yes, he's just told me. The part arrives Thursday morning, and you check out on Friday.",
            ),
            ("caller", "So we're stuck with it for two nights?"),
            (
                "agent",
                "I'm afraid so. I've taken 20% off both nights, and the pool bar will give you free drinks up to £30.",
            ),
            ("caller", "That's something. Honestly, I'd rather have had a working room."),
            (
                "agent",
                "I completely understand. If anything frees up tomorrow, I'll call you before anyone else.",
            ),
            ("caller", "Okay, thanks."),
        ],
    },
    "x_wine_vineyard_tour": {
        "turns": [
            (
                "host",
                "Welcome back to Field Notes. I'm standing in a vineyard on the North Downs with Helen Marsh, who makes sparkling wine here. Helen, how long have the vines been in?",
            ),
            (
                "winemaker",
                "We planted the first 6,000 vines in 2012, and added another 4,000 three years later.",
            ),
            ("host", "And it's all sparkling?"),
            (
                "winemaker",
                "Almost all of it. We grow Chardonnay, Pinot Noir and a little Pinot Meunier, the classic Champagne trio.",
            ),
            ("host", "Why this spot, though? It's not exactly the south of France."),
            (
                "winemaker",
                "It's the chalk. The soil here is the same chalk seam that runs under Champagne, and it drains beautifully.",
            ),
            ("host", "I heard you once wanted to make red wine."),
            (
                "winemaker",
                "I did, that was my first plan. We trialled a row of Pinot Noir for still red, but four summers out of five it simply didn't ripen enough.",
            ),
            ("host", "So you gave up on it."),
            ("winemaker", "We did, in 2016. Those grapes go into our rosé fizz now."),
            ("host", "Let's taste something. What's this one?"),
            (
                "winemaker",
                "This is the 2018 Classic Cuvée. 2018 was a hot year, so it's riper, with baked apple and a bit of brioche from sitting on its lees for three years.",
            ),
            ("host", "It's lovely. Quite creamy."),
            (
                "winemaker",
                "That's the time on the lees. Our standard bottles only get eighteen months.",
            ),
            ("host", "And visitors can come and do this?"),
            (
                "winemaker",
                "Yes, tours run Friday to Sunday. It's £25 a head for the tour and three wines, and we take up to 16 people.",
            ),
            ("host", "Any tip for first-timers?"),
            (
                "winemaker",
                "Don't rinse your glass with water between wines, it dilutes the next one. Rinse it with a splash of the wine instead.",
            ),
            ("host", "Good advice. Helen, thank you."),
            ("winemaker", "Thanks for coming."),
        ],
    },
    "x_wine_club_blind_tasting": {
        "turns": [
            (
                "chair",
                "Right, everyone, welcome to the March meeting. Tonight is a blind tasting of three reds, all under £15. The bottles are in the paper bags.",
            ),
            ("anna", "Do we get any clues?"),
            ("chair", "One. Two of them are from the same country."),
            ("raj", "Glass one is very dark. Almost purple at the rim."),
            ("anna", "And it smells of plums and violets. I'm saying Malbec from Argentina."),
            ("chair", "Hold that thought. Raj?"),
            ("raj", "I thought Shiraz, because of the pepper. But the violets do fit Malbec."),
            ("chair", "Let's move on and reveal at the end. Glass two."),
            ("anna", "Much paler. Cherries, a bit earthy. Pinot Noir?"),
            ("raj", "That's my guess as well, maybe from New Zealand."),
            ("chair", "Glass three?"),
            (
                "raj",
                "Vanilla and coconut, which usually means American oak. That smells like a Rioja to me.",
            ),
            ("anna", "Agreed, I'd put money on a Rioja Reserva."),
            (
                "chair",
                "Okay, reveal time. Glass one is a Malbec, but from Cahors in France, not Argentina. It cost £11.",
            ),
            ("anna", "Half right, then."),
            (
                "chair",
                "Glass two isn't Pinot at all. It's a Gamay, a Fleurie from Beaujolais, at £13.",
            ),
            ("raj", "Gamay always catches me out."),
            (
                "chair",
                "And glass three is a 2017 Rioja Reserva, £14.99, so well done both. The two French wines were the shared country.",
            ),
            ("raj", "Which was everyone's favourite? I'd buy the Rioja again."),
            (
                "anna",
                "I preferred the Fleurie, it's lighter and it would be lovely slightly chilled in summer.",
            ),
            ("chair", "Next month is whites, and Raj is choosing the bottles."),
        ],
    },
    "x_cheese_goat_dairy": {
        "turns": [
            (
                "host",
                "On today's episode I'm in a milking parlour in north Wales with Gwen Pritchard, who makes goat's cheese. Gwen, how big is the herd?",
            ),
            (
                "farmer",
                "We've got 140 milking goats at the moment, mostly Saanens, with a few Anglo-Nubians.",
            ),
            ("host", "Why the mix?"),
            (
                "farmer",
                "The Saanens give more milk, about 3 litres a day each, but the Nubians' milk is richer, so it helps the texture.",
            ),
            ("host", "And what do you make with it?"),
            (
                "farmer",
                "Our main cheese is a soft, ash-coated log called Moel Fach, after the hill behind the farm. We also do a fresh curd for restaurants.",
            ),
            ("host", "How long does a log take?"),
            (
                "farmer",
                "From milking to shop, about three weeks. The curd sets overnight, then it's ladled into moulds, drained, salted and ripened for around 14 days.",
            ),
            ("host", "Do you use raw milk?"),
            (
                "farmer",
                "We did for the first four years. Then a big deli chain wanted to stock us, and they insisted on pasteurised, so we switched in 2019.",
            ),
            ("host", "Did that change the taste?"),
            (
                "farmer",
                "A little. It's milder. Some of our regulars complained at first, but most couldn't tell in a blind test.",
            ),
            ("host", "Have you ever lost a batch?"),
            (
                "farmer",
                "Oh yes. One August the ripening room got too warm, about 16 degrees, and a whole week of logs grew the wrong mould. That was 600 cheeses in the bin.",
            ),
            ("host", "Ouch."),
            (
                "farmer",
                "It cost us about £4,000. We put in a second cooling unit after that, so there's always a backup.",
            ),
            ("host", "What does a log sell for?"),
            ("farmer", "£6.50 at the farm gate, a bit more in the deli."),
            ("host", "Last question. What do people get wrong about goat's cheese?"),
            (
                "farmer",
                "They think it has to taste goaty. If the milk is fresh and the billy goats are kept well away from the milking girls, it's clean and lemony.",
            ),
        ],
    },
    "x_cheese_cave_cheddar": {
        "turns": [
            (
                "host",
                "Today we're underground, in an old stone quarry in Somerset, where Rob Tanner matures his cheddar. Rob, why a cave?",
            ),
            (
                "maker",
                "Stable conditions. It stays at about 11 degrees and 90% humidity all year, without us paying for any cooling.",
            ),
            ("host", "How did you find it?"),
            (
                "maker",
                "My grandfather rented it for storing apples in the 1960s. We took over the lease in 2008.",
            ),
            ("host", "How many cheeses are down here right now?"),
            ("maker", "Roughly 2,200 wheels, each about 25 kilos."),
            ("host", "That's a lot of cheese."),
            (
                "maker",
                "It is. Every wheel is bound in cloth and rubbed with lard, which lets it breathe but stops it drying out.",
            ),
            ("host", "Do you turn them by hand?"),
            (
                "maker",
                "We used to, every wheel, every week. Now we've got a turning machine for the young ones, but anything over a year is still done by hand, because the older wheels crack easily.",
            ),
            ("host", "What ages do you sell?"),
            (
                "maker",
                "Our mature is 12 months and the vintage is 18 months. We tried a 30-month one, but it got very crumbly, with salty crystals everywhere, and only a few customers liked it.",
            ),
            ("host", "I'd have thought people love those crystals."),
            (
                "maker",
                "Some do! But it didn't sell fast enough to justify tying up the space for two and a half years.",
            ),
            ("host", "Any pests?"),
            (
                "maker",
                "Cheese mites. They turn the rind to dust. We brush every wheel and the cloth helps, but you never fully get rid of them.",
            ),
            ("host", "And the awards on the wall?"),
            ("maker", "The big one is a gold at the 2021 British Cheese Awards, for the 18-month."),
            ("host", "Congratulations. Where can people buy it?"),
            (
                "maker",
                "Mostly through cheesemongers, and we run a cave shop on the first Saturday of each month.",
            ),
        ],
    },
    "x_catering_wedding_menu": {
        "turns": [
            (
                "caterer",
                "Hi Sophie, hi Dan, thanks for coming in. Shall we go through the final numbers for the wedding?",
            ),
            ("bride", "Yes. We're at 118 guests for the meal now, and about 160 for the evening."),
            ("caterer", "Lovely. Any dietary needs?"),
            ("groom", "Eight vegans, two coeliacs, and my uncle has a nut allergy."),
            (
                "caterer",
                "That's all fine. For the coeliacs we'll plate everything separately in our own kitchen, not on the day at the venue.",
            ),
            ("bride", "Good. Now, Dan still wants the hog roast."),
            ("groom", "I do. It's a barn wedding, it just fits."),
            (
                "caterer",
                "I understand, but I checked with the barn and they haven't allowed open spits on the site since the fire in 2022. Their insurance won't cover it.",
            ),
            ("groom", "Ah. That's annoying."),
            (
                "caterer",
                "What I'd suggest instead is slow-roast pork shoulder, cooked off-site the day before and carved at a station. It gives you the same feel.",
            ),
            ("bride", "I like that. And the vegans?"),
            (
                "caterer",
                "A whole roasted cauliflower with a romesco sauce. People always ask for the recipe.",
            ),
            ("groom", "What's the price with the change?"),
            (
                "caterer",
                "It comes to £52 a head for the meal, up from the £48 we quoted, because the carving station needs two extra staff.",
            ),
            ("bride", "Okay. And the evening food?"),
            (
                "caterer",
                "Pizza from our wood-fired oven, we'd do 40 pizzas for 160 people, which is usually plenty.",
            ),
            ("groom", "Is the wood oven allowed if the spit isn't?"),
            (
                "caterer",
                "Yes, it's enclosed and it sits out on the courtyard, so the barn signed that off.",
            ),
            ("bride", "Great. When do you need the final payment?"),
            (
                "caterer",
                "Four weeks before, so by the 2nd of August. The £1,000 deposit comes off that.",
            ),
        ],
    },
    "x_catering_conference_lunch": {
        "turns": [
            (
                "chair",
                "Okay, item three, catering for the medical conference in October. Lena, numbers?",
            ),
            (
                "planner",
                "We're expecting 400 delegates a day for three days, plus about 30 speakers and staff.",
            ),
            ("chair", "And last year we did a hot buffet, didn't we?"),
            (
                "planner",
                "We did, and the queues were awful. Some people waited 25 minutes, and the afternoon sessions started late.",
            ),
            (
                "chef",
                "The buffet also left us with a lot of waste, roughly 60 kilos of food on the first day alone.",
            ),
            ("chair", "So what are the options?"),
            (
                "chef",
                "Two. Either grab-and-go lunch boxes, or five food stations spread around the hall, so the crowd splits up.",
            ),
            ("planner", "The sponsors hated the lunch box idea. They said it looks cheap."),
            ("chair", "How much would the stations cost compared with boxes?"),
            (
                "chef",
                "Boxes come to about £14 per delegate. Stations are nearer £19, because of extra staff and equipment hire.",
            ),
            ("chair", "That's a big difference over 1,200 lunches."),
            (
                "planner",
                "It is, but one of the sponsors has offered to cover £3 per head if we put their logo on the menus.",
            ),
            ("chair", "Alright, then stations. What goes on them?"),
            (
                "chef",
                "A noodle bar, a salad station, a roast station, a vegetarian curry and a dessert table. Each one gets allergen cards printed in advance.",
            ),
            ("chair", "And leftovers this time?"),
            (
                "chef",
                "Anything untouched goes to the shelter on Mill Road, and they collect at four each day.",
            ),
            (
                "planner",
                "We'll also ask people to pre-register dietary needs, so we're not guessing.",
            ),
            ("chair", "Good. Lena, can you send the final numbers by the 15th of September?"),
            ("planner", "Will do."),
        ],
    },
    "x_food_truck_tacos": {
        "turns": [
            (
                "host",
                "My guest today runs Norte, a taco truck you've probably queued at if you live in Leeds. Marisol, welcome.",
            ),
            ("owner", "Thanks for having me."),
            ("host", "Where did the truck itself come from?"),
            ("owner", "It's a 2004 Royal Mail van that I bought at auction for £6,000."),
            ("host", "That seems cheap."),
            (
                "owner",
                "The van was. Fitting it out cost another £21,000, with the gas, the extraction and a proper sink with hot water.",
            ),
            ("host", "Did you do that yourself?"),
            (
                "owner",
                "My brother-in-law did the carpentry, but the gas had to be a certified engineer, that's the law.",
            ),
            ("host", "What's the bestseller?"),
            (
                "owner",
                "Birria tacos, slow-cooked beef with a dipping broth. We sell about 300 of them on a good Saturday.",
            ),
            ("host", "Where do you trade?"),
            (
                "owner",
                "Weekdays at a business park in the south of the city, and weekends at festivals and private events.",
            ),
            ("host", "Which pays better?"),
            (
                "owner",
                "Festivals look better on paper, but the pitch fees are brutal. One festival last summer charged us £2,500 for three days, plus 20% of takings.",
            ),
            ("host", "Wow."),
            (
                "owner",
                "And it rained. We barely broke even. The business park is only £40 a day and it's steady, so that's really what keeps us going.",
            ),
            ("host", "What would you tell someone starting out?"),
            (
                "owner",
                "Start with a gazebo at small events before buying a truck. I wish I'd tested my menu for a year first.",
            ),
            ("host", "What would you have changed?"),
            ("owner", "I launched with 9 items. Now it's 4, and the queue moves twice as fast."),
        ],
    },
    "x_food_truck_licence_call": {
        "turns": [
            ("officer", "Street trading team, Hannah speaking."),
            (
                "caller",
                "Hi, my name's Jun, I run a dumpling truck and I want to apply for a pitch by the river in town.",
            ),
            ("officer", "Okay. Is that the Quayside pitch or the one by the footbridge?"),
            ("caller", "The footbridge one."),
            (
                "officer",
                "Right, that's a consent street, so you'd need a street trading consent, not just your food hygiene registration.",
            ),
            ("caller", "How much is that?"),
            (
                "officer",
                "For a full year it's £1,150, or you can take a six-month summer consent for £700.",
            ),
            ("caller", "I'd want the summer one, I do weddings in the winter anyway."),
            (
                "officer",
                "Makes sense. The thing is, the footbridge pitch is already taken Thursday to Sunday by a crêpe stall.",
            ),
            ("caller", "Oh. What about Monday to Wednesday?"),
            (
                "officer",
                "Those days are free. But footfall is much lower early in the week, to be honest with you.",
            ),
            ("caller", "And the Quayside?"),
            (
                "officer",
                "Quayside has a waiting list, there are 11 traders ahead of you, so realistically not this year.",
            ),
            ("caller", "Okay, footbridge Monday to Wednesday then. What do you need from me?"),
            (
                "officer",
                "Your hygiene rating, public liability insurance of at least 5 million, a gas safety certificate, and a photo of the truck.",
            ),
            ("caller", "My hygiene rating is 5, I got it in March."),
            (
                "officer",
                "Great. Applications take 28 days, because we have to notify the police and the nearby businesses.",
            ),
            ("caller", "Can I start before then?"),
            (
                "officer",
                "No, trading before consent is granted can get you fined up to £1,000 and the application refused.",
            ),
            ("caller", "Understood, I'll wait. Thanks, Hannah."),
        ],
    },
    "x_butcher_family_shop": {
        "turns": [
            (
                "host",
                "This week I'm behind the counter at Hollis and Sons in Ludlow, with Tom Hollis. Tom, how old is the shop?",
            ),
            (
                "butcher",
                "My grandad opened it in 1952, and I'm the third generation. My dad still comes in on Saturdays to make the sausages.",
            ),
            ("host", "What's in the sausages?"),
            (
                "butcher",
                "Shoulder and belly pork, rusk, white pepper, mace and a bit of sage. The recipe hasn't changed since grandad, and dad won't let me touch it.",
            ),
            ("host", "Where does the meat come from?"),
            (
                "butcher",
                "Everything is from farms within 20 miles. The beef comes from one farm, the Prices at Onibury, who've supplied us for over 30 years.",
            ),
            ("host", "I noticed a glass cabinet with glowing pink bricks in it."),
            (
                "butcher",
                "That's the dry-ageing cabinet, and those are salt blocks from the Himalayas. We put it in three years ago for about £9,000.",
            ),
            ("host", "Was it worth it?"),
            (
                "butcher",
                "Definitely. A 35-day aged sirloin sells for £38 a kilo, and people drive over from Birmingham for it.",
            ),
            ("host", "How has trade changed?"),
            (
                "butcher",
                "We nearly closed in 2009 when the supermarket opened on the bypass. Takings dropped by a third in a year.",
            ),
            ("host", "What turned it around?"),
            (
                "butcher",
                "Honestly, telling people where the meat comes from and cutting to order. You can't ask a supermarket shelf for a French-trimmed rack.",
            ),
            ("host", "And Christmas?"),
            (
                "butcher",
                "Madness. We took 450 turkey orders last year, and we stop taking them on the 10th of December.",
            ),
            ("host", "Why so early?"),
            (
                "butcher",
                "Because the farm has to know numbers before slaughter. After that date you're on the waiting list for cancellations.",
            ),
        ],
    },
    "x_butcher_apprentice": {
        "turns": [
            (
                "host",
                "Joining me on the morning show are Chloe, an apprentice butcher, and her boss, Gary Byrne, who runs Byrne's Meats in Dundee. Chloe, how did you end up doing this?",
            ),
            (
                "apprentice",
                "I was studying to be a vet nurse, and I took a Saturday job here to pay my rent. After six months I realised I liked the cutting more than the course.",
            ),
            ("host", "Gary, were you surprised?"),
            (
                "trainer",
                "Not really. She had good knife hands from the start. Some people never get that.",
            ),
            ("host", "How long is the apprenticeship?"),
            ("trainer", "Two years. Four days in the shop and one day a week at college in Perth."),
            (
                "apprentice",
                "It was meant to be 18 months, but they extended it when the college added a food safety module.",
            ),
            ("host", "What's the hardest part?"),
            (
                "apprentice",
                "Breaking down a whole lamb carcass quickly. The first time took me almost an hour. Now I'm down to about 20 minutes.",
            ),
            ("host", "And have you cut yourself?"),
            (
                "apprentice",
                "Once, badly, in the first month. I wasn't wearing the chain mail glove, because I thought it slowed me down.",
            ),
            ("trainer", "That glove is not optional now. Anyone boning out wears it, me included."),
            ("host", "Is there a shortage of butchers?"),
            (
                "trainer",
                "A big one. I've had an ad up for a second apprentice since January and I've had three applicants.",
            ),
            ("host", "Why do you think that is?"),
            (
                "trainer",
                "People think it's cold, bloody work for low pay. The pay's actually decent, qualified butchers here start around £26,000.",
            ),
            ("host", "Chloe, what's next?"),
            (
                "apprentice",
                "I'm entering the Young Butcher of the Year competition in May, doing a lamb seam-cut display.",
            ),
            ("trainer", "And she'll win it."),
        ],
    },
    "x_ice_cream_seaside": {
        "turns": [
            (
                "host",
                "We're in Whitby today at Nonna's, a small ice cream shop on the harbour. Luca, you make everything on site?",
            ),
            (
                "maker",
                "Everything, in the back room. We use a batch freezer from Bologna that makes about 12 litres at a time.",
            ),
            ("host", "How many flavours?"),
            (
                "maker",
                "In summer, 24 in the cabinet. In winter we cut down to 8 and open only at weekends.",
            ),
            ("host", "What's the most popular?"),
            (
                "maker",
                "Salted caramel, every year. But the one I'm proudest of is brown bread, which was my grandmother's idea.",
            ),
            ("host", "Brown bread ice cream? Really?"),
            (
                "maker",
                "Toasted breadcrumbs with brown sugar, folded in at the end so they stay crunchy. People try it as a joke and come back for it.",
            ),
            ("host", "Where does the milk come from?"),
            (
                "maker",
                "A dairy near Pickering, 25 miles away. We switched to them in 2020 after our old supplier sold up.",
            ),
            ("host", "Is it gelato or ice cream, technically?"),
            (
                "maker",
                "Gelato, really. It has less fat, around 7%, and we churn it slower, so there's less air in it.",
            ),
            ("host", "What about vegan customers?"),
            (
                "maker",
                "We always have four sorbets. I tried oat milk ice cream last year but it went icy after two days, so we dropped it.",
            ),
            ("host", "And the price?"),
            (
                "maker",
                "£3.80 for one scoop, £5.50 for two. It went up 40p this year because of the cost of cream.",
            ),
            ("host", "Any disasters?"),
            (
                "maker",
                "A power cut in August 2022. We lost the whole cabinet, and I gave away what I could to the lifeboat crew before it melted.",
            ),
        ],
    },
    "x_ice_cream_restaurant_order": {
        "turns": [
            (
                "chef",
                "Thanks for bringing samples. As I said on the phone, we want a dessert ice cream for the new autumn menu.",
            ),
            ("maker", "Right. I've brought three. This first one is roasted fig with honey."),
            ("chef", "Nice, but it's very sweet. Our dessert already has a honey tuile."),
            (
                "maker",
                "I can drop the sugar. The trouble is, less sugar makes it set harder, so I'd add a little more dextrose to keep it scoopable.",
            ),
            ("chef", "What's the second?"),
            ("maker", "Brown butter and sage. It's savoury enough to sit next to your apple tart."),
            ("chef", "Oh, that's very good. The sage is subtle."),
            (
                "maker",
                "I steep the leaves in the warm milk for 20 minutes, then strain them out. Any longer and it tastes like stuffing.",
            ),
            ("chef", "Ha. And the third?"),
            ("maker", "Blackberry and bay leaf sorbet, for anyone avoiding dairy."),
            ("chef", "My sous chef will like that, she's been asking for a dairy-free option."),
            ("maker", "So which are you leaning towards?"),
            ("chef", "The brown butter for the tart, and the sorbet as an extra. The fig is out."),
            ("maker", "Fine. For volume, how much do you need?"),
            ("chef", "We think about 15 litres a week of the brown butter and 5 of the sorbet."),
            (
                "maker",
                "Then it's £11 a litre for the ice cream and £9 for the sorbet, delivered in 5-litre tubs every Tuesday.",
            ),
            ("chef", "Can you do Monday instead? We're closed Mondays and we prep then."),
            (
                "maker",
                "Monday's my production day, but I can deliver first thing Tuesday, before 8.",
            ),
            ("chef", "That works. Let's start from the 1st of October."),
        ],
    },
}

QUESTIONS = [
    # x_hotel_noisy_room
    ("Which room was the loud music coming from?", "x_hotel_noisy_room", ["The left, I think"]),
    (
        "Why were there so many rowdy guests on that floor?",
        "x_hotel_noisy_room",
        ["We have a wedding group"],
    ),
    ("What time was the guest's cab to the airport?", "x_hotel_noisy_room", ["I've got an early"]),
    (
        "Why did the receptionist think changing rooms was faster than sending the manager up?",
        "x_hotel_noisy_room",
        ["Security asked them to"],
    ),
    (
        "What's the catch with the room on the fifth floor?",
        "x_hotel_noisy_room",
        ["It's a twin rather"],
    ),
    ("Who was going to bring the new keys up?", "x_hotel_noisy_room", ["I'll bring two new"]),
    (
        "How did the hotel make up for the noise instead of lowering the room rate?",
        "x_hotel_noisy_room",
        ["You will, the twin"],
    ),
    (
        "Could the guest eat something before leaving at five in the morning?",
        "x_hotel_noisy_room",
        ["The restaurant opens at", "But we can put"],
    ),
    (
        "When would the front desk phone to wake the guest up?",
        "x_hotel_noisy_room",
        ["I'll also note your"],
    ),
    # x_hotel_broken_aircon
    (
        "What code showed on the thermostat by the door?",
        "x_hotel_broken_aircon",
        ["It flashes E4 and"],
    ),
    (
        "What does that E4 error normally point to?",
        "x_hotel_broken_aircon",
        ["Right, E4 usually means"],
    ),
    (
        "How long would the family have to wait for the engineer?",
        "x_hotel_broken_aircon",
        ["He's finishing a job"],
    ),
    (
        "Why did the hotel have hardly any free rooms that night?",
        "x_hotel_broken_aircon",
        ["We're almost full tonight"],
    ),
    (
        "Why couldn't the family move to the other available room?",
        "x_hotel_broken_aircon",
        ["That won't work, there"],
    ),
    (
        "What stopgap did the receptionist offer to cool the room down?",
        "x_hotel_broken_aircon",
        ["In the meantime I"],
    ),
    (
        "When is the spare part for the air conditioning due?",
        "x_hotel_broken_aircon",
        ["The part arrives Thursday"],
    ),
    (
        "What compensation did the family get for the hot room?",
        "x_hotel_broken_aircon",
        ["I've taken 20% off"],
    ),
    (
        "Was the guest happy with what the hotel offered?",
        "x_hotel_broken_aircon",
        ["Honestly, I'd rather have"],
    ),
    # x_wine_vineyard_tour
    ("How many vines did Helen start with?", "x_wine_vineyard_tour", ["We planted the first"]),
    (
        "What is special about the ground at the vineyard?",
        "x_wine_vineyard_tour",
        ["It's the chalk", "The soil here is"],
    ),
    ("Why did the still red wine idea fail?", "x_wine_vineyard_tour", ["We trialled a row"]),
    (
        "In what year did they abandon making red wine?",
        "x_wine_vineyard_tour",
        ["We did, in 2016."],
    ),
    (
        "What are the Pinot grapes from the red trial used for today?",
        "x_wine_vineyard_tour",
        ["Those grapes go into"],
    ),
    ("Why does the 2018 cuvée taste so ripe?", "x_wine_vineyard_tour", ["2018 was a hot"]),
    (
        "How long do the ordinary sparkling wines rest on their lees?",
        "x_wine_vineyard_tour",
        ["Our standard bottles only"],
    ),
    (
        "What does a vineyard tour with tasting cost per person?",
        "x_wine_vineyard_tour",
        ["It's £25 a head"],
    ),
    (
        "What should you use to clean your glass between samples?",
        "x_wine_vineyard_tour",
        ["Don't rinse your glass", "Rinse it with a"],
    ),
    # x_wine_club_blind_tasting
    (
        "What was the maximum price of the bottles in the blind tasting?",
        "x_wine_club_blind_tasting",
        ["Tonight is a blind"],
    ),
    (
        "What clue were the members given before they tasted?",
        "x_wine_club_blind_tasting",
        ["Two of them are"],
    ),
    (
        "Why did Raj first think the dark wine was a Shiraz?",
        "x_wine_club_blind_tasting",
        ["I thought Shiraz, because"],
    ),
    (
        "What made Raj think the third glass had been aged in American oak?",
        "x_wine_club_blind_tasting",
        ["Vanilla and coconut, which"],
    ),
    ("Where was the Malbec actually from?", "x_wine_club_blind_tasting", ["Glass one is a"]),
    (
        "What grape was the pale cherry-scented wine really?",
        "x_wine_club_blind_tasting",
        ["Glass two isn't Pinot"],
    ),
    ("How much did the Spanish wine cost?", "x_wine_club_blind_tasting", ["And glass three is"]),
    (
        "Which wine did Anna like most, and why?",
        "x_wine_club_blind_tasting",
        ["I preferred the Fleurie"],
    ),
    (
        "Who will pick the wines for the next club meeting?",
        "x_wine_club_blind_tasting",
        ["Next month is whites"],
    ),
    # x_cheese_goat_dairy
    (
        "Why does Gwen keep two different goat breeds?",
        "x_cheese_goat_dairy",
        ["The Saanens give more"],
    ),
    (
        "Where does the name of the ash-covered cheese come from?",
        "x_cheese_goat_dairy",
        ["Our main cheese is"],
    ),
    ("What does the goat farm make for restaurants?", "x_cheese_goat_dairy", ["We also do a"]),
    (
        "How long are the goat's cheese logs ripened?",
        "x_cheese_goat_dairy",
        ["The curd sets overnight"],
    ),
    (
        "Why did the dairy stop using unpasteurised milk?",
        "x_cheese_goat_dairy",
        ["Then a big deli"],
    ),
    (
        "Did customers notice when the milk was pasteurised?",
        "x_cheese_goat_dairy",
        ["Some of our regulars"],
    ),
    (
        "What caused the batch of goat's cheese to be thrown away?",
        "x_cheese_goat_dairy",
        ["One August the ripening"],
    ),
    (
        "How much money did the ruined batch cost the farm?",
        "x_cheese_goat_dairy",
        ["It cost us about"],
    ),
    (
        "What does one goat's cheese log cost if you buy it at the farm?",
        "x_cheese_goat_dairy",
        ["£6.50 at the"],
    ),
    ("How do you stop goat's cheese tasting too goaty?", "x_cheese_goat_dairy", ["If the milk is"]),
    # x_cheese_cave_cheddar
    (
        "What temperature and humidity does the quarry keep?",
        "x_cheese_cave_cheddar",
        ["It stays at about"],
    ),
    (
        "How did the Tanner family first come to use the cave?",
        "x_cheese_cave_cheddar",
        ["My grandfather rented it"],
    ),
    ("How heavy is each cheddar wheel?", "x_cheese_cave_cheddar", ["Roughly 2,200 wheels, each"]),
    (
        "Why are the cheddars wrapped in cloth and lard?",
        "x_cheese_cave_cheddar",
        ["Every wheel is bound"],
    ),
    (
        "Why are the older cheeses still turned manually?",
        "x_cheese_cave_cheddar",
        ["Now we've got a"],
    ),
    (
        "Why did the cave stop making a thirty month cheddar?",
        "x_cheese_cave_cheddar",
        ["We tried a 30-month", "But it didn't sell"],
    ),
    ("What do mites do to the cheese?", "x_cheese_cave_cheddar", ["They turn the rind"]),
    ("Which cheddar won a gold medal?", "x_cheese_cave_cheddar", ["The big one is"]),
    (
        "When can visitors buy cheese directly at the cave?",
        "x_cheese_cave_cheddar",
        ["Mostly through cheesemongers, and"],
    ),
    # x_catering_wedding_menu
    (
        "How many guests are expected for the wedding evening party?",
        "x_catering_wedding_menu",
        ["We're at 118 guests"],
    ),
    (
        "How will the caterer keep the gluten-free meals safe?",
        "x_catering_wedding_menu",
        ["For the coeliacs we'll"],
    ),
    (
        "Why can't Dan have his hog roast at the barn?",
        "x_catering_wedding_menu",
        ["I understand, but I"],
    ),
    (
        "What did the caterer propose in place of the spit roast?",
        "x_catering_wedding_menu",
        ["What I'd suggest instead"],
    ),
    (
        "What main course will the vegan wedding guests get?",
        "x_catering_wedding_menu",
        ["A whole roasted cauliflower"],
    ),
    (
        "Why did the wedding meal price per head go up?",
        "x_catering_wedding_menu",
        ["It comes to £52"],
    ),
    (
        "How many pizzas are planned for the night-time guests?",
        "x_catering_wedding_menu",
        ["Pizza from our wood-fired"],
    ),
    (
        "Why is the pizza oven permitted when the spit is not?",
        "x_catering_wedding_menu",
        ["Yes, it's enclosed and"],
    ),
    (
        "When does the couple have to pay the rest of the catering bill?",
        "x_catering_wedding_menu",
        ["Four weeks before, so"],
    ),
    # x_catering_conference_lunch
    (
        "How many delegates are expected each day at the medical conference?",
        "x_catering_conference_lunch",
        ["We're expecting 400 delegates"],
    ),
    (
        "What went wrong with the hot buffet last year?",
        "x_catering_conference_lunch",
        ["We did, and the"],
    ),
    (
        "How much food was wasted on the opening day of last year's conference?",
        "x_catering_conference_lunch",
        ["The buffet also left"],
    ),
    (
        "Why was the packed lunch option dropped?",
        "x_catering_conference_lunch",
        ["The sponsors hated the"],
    ),
    (
        "How do the costs of lunch boxes and food stations compare?",
        "x_catering_conference_lunch",
        ["Boxes come to about", "Stations are nearer £19"],
    ),
    (
        "How will part of the extra lunch cost be paid for?",
        "x_catering_conference_lunch",
        ["It is, but one"],
    ),
    (
        "What kinds of food will the conference stations serve?",
        "x_catering_conference_lunch",
        ["A noodle bar, a"],
    ),
    (
        "What will happen to uneaten conference food?",
        "x_catering_conference_lunch",
        ["Anything untouched goes to"],
    ),
    (
        "By when must Lena confirm attendance figures?",
        "x_catering_conference_lunch",
        ["Lena, can you send"],
    ),
    # x_food_truck_tacos
    (
        "How much did Marisol pay for the van at auction?",
        "x_food_truck_tacos",
        ["It's a 2004 Royal"],
    ),
    (
        "What did it cost to turn the van into a kitchen?",
        "x_food_truck_tacos",
        ["Fitting it out cost"],
    ),
    (
        "Who installed the gas in the taco truck?",
        "x_food_truck_tacos",
        ["My brother-in-law did the"],
    ),
    (
        "How many birria tacos does the truck sell on a busy weekend day?",
        "x_food_truck_tacos",
        ["Birria tacos, slow-cooked beef", "We sell about 300"],
    ),
    (
        "How much did that festival charge the taco truck?",
        "x_food_truck_tacos",
        ["One festival last summer"],
    ),
    (
        "Did the taco truck make money at the festival?",
        "x_food_truck_tacos",
        ["And it rained", "We barely broke even."],
    ),
    (
        "Why is the business park the mainstay of the taco business?",
        "x_food_truck_tacos",
        ["The business park is"],
    ),
    (
        "What would Marisol recommend to someone thinking of opening a food truck?",
        "x_food_truck_tacos",
        ["Start with a gazebo"],
    ),
    ("How has the size of the taco menu changed?", "x_food_truck_tacos", ["I launched with 9"]),
    # x_food_truck_licence_call
    (
        "What kind of permit does Jun need for the riverside spot?",
        "x_food_truck_licence_call",
        ["Right, that's a consent"],
    ),
    (
        "How much does a street trading consent cost?",
        "x_food_truck_licence_call",
        ["For a full year"],
    ),
    (
        "Why does the dumpling seller only want a summer licence?",
        "x_food_truck_licence_call",
        ["I'd want the summer"],
    ),
    (
        "Who already trades at the footbridge from Thursday to Sunday?",
        "x_food_truck_licence_call",
        ["The thing is, the"],
    ),
    (
        "What is the downside of trading there on Mondays to Wednesdays?",
        "x_food_truck_licence_call",
        ["But footfall is much"],
    ),
    (
        "Why can't Jun get the Quayside pitch?",
        "x_food_truck_licence_call",
        ["Quayside has a waiting"],
    ),
    (
        "What documents does the council need with the application?",
        "x_food_truck_licence_call",
        ["Your hygiene rating, public"],
    ),
    (
        "How long does the council take to decide and why?",
        "x_food_truck_licence_call",
        ["Applications take 28 days"],
    ),
    (
        "What happens if you trade before the consent is granted?",
        "x_food_truck_licence_call",
        ["No, trading before consent"],
    ),
    # x_butcher_family_shop
    (
        "Who started the Ludlow butcher's and when?",
        "x_butcher_family_shop",
        ["My grandad opened it"],
    ),
    (
        "What seasoning goes into the Hollis sausages?",
        "x_butcher_family_shop",
        ["Shoulder and belly pork,"],
    ),
    ("Which farm provides the shop's beef?", "x_butcher_family_shop", ["The beef comes from"]),
    (
        "What are the pink blocks in the meat cabinet?",
        "x_butcher_family_shop",
        ["That's the dry-ageing cabinet,"],
    ),
    (
        "How much does the dry-aged steak cost per kilo?",
        "x_butcher_family_shop",
        ["A 35-day aged sirloin"],
    ),
    ("What almost forced the shop to shut?", "x_butcher_family_shop", ["We nearly closed in"]),
    (
        "How did the butcher's win its customers back?",
        "x_butcher_family_shop",
        ["Honestly, telling people where"],
    ),
    (
        "When is the last day to order a Christmas turkey?",
        "x_butcher_family_shop",
        ["We took 450 turkey"],
    ),
    (
        "Why does the shop stop taking turkey orders so early?",
        "x_butcher_family_shop",
        ["Because the farm has"],
    ),
    # x_butcher_apprentice
    (
        "What was Chloe training to be before butchery?",
        "x_butcher_apprentice",
        ["I was studying to"],
    ),
    ("Why did Chloe decide to switch careers?", "x_butcher_apprentice", ["After six months I"]),
    ("How is the apprentice's working week divided?", "x_butcher_apprentice", ["Four days in the"]),
    (
        "Why does the apprenticeship take longer than first planned?",
        "x_butcher_apprentice",
        ["It was meant to"],
    ),
    ("How quickly can Chloe break down a lamb now?", "x_butcher_apprentice", ["Now I'm down to"]),
    (
        "How did the apprentice hurt herself?",
        "x_butcher_apprentice",
        ["Once, badly, in the", "I wasn't wearing the"],
    ),
    (
        "How many people applied for the second apprentice job?",
        "x_butcher_apprentice",
        ["I've had an ad"],
    ),
    (
        "What does a qualified butcher earn at the start?",
        "x_butcher_apprentice",
        ["The pay's actually decent,"],
    ),
    (
        "What is Chloe planning to do at the competition?",
        "x_butcher_apprentice",
        ["I'm entering the Young"],
    ),
    # x_ice_cream_seaside
    (
        "How much ice cream does the machine in Whitby make in one go?",
        "x_ice_cream_seaside",
        ["We use a batch"],
    ),
    ("How does the shop change in the winter months?", "x_ice_cream_seaside", ["In winter we cut"]),
    ("Which flavour is Luca proudest of?", "x_ice_cream_seaside", ["But the one I'm"]),
    (
        "How is the brown bread ice cream made?",
        "x_ice_cream_seaside",
        ["Toasted breadcrumbs with brown"],
    ),
    ("Why did the shop change its milk supplier?", "x_ice_cream_seaside", ["We switched to them"]),
    (
        "What makes their product gelato rather than ice cream?",
        "x_ice_cream_seaside",
        ["It has less fat,"],
    ),
    ("Why was the oat milk version taken off?", "x_ice_cream_seaside", ["I tried oat milk"]),
    ("Why are the scoops more expensive this year?", "x_ice_cream_seaside", ["It went up 40p"]),
    (
        "What happened to the stock during the blackout?",
        "x_ice_cream_seaside",
        ["We lost the whole"],
    ),
    # x_ice_cream_restaurant_order
    (
        "What did the chef dislike about the fig sample?",
        "x_ice_cream_restaurant_order",
        ["Nice, but it's very", "Our dessert already has"],
    ),
    (
        "How would the maker keep a less sweet ice cream soft enough to scoop?",
        "x_ice_cream_restaurant_order",
        ["The trouble is, less"],
    ),
    (
        "How long is the sage infused, and why not longer?",
        "x_ice_cream_restaurant_order",
        ["I steep the leaves", "Any longer and it"],
    ),
    (
        "What did the maker bring for diners who avoid dairy?",
        "x_ice_cream_restaurant_order",
        ["Blackberry and bay leaf"],
    ),
    (
        "Who at the restaurant had asked for a dairy-free dessert?",
        "x_ice_cream_restaurant_order",
        ["My sous chef will"],
    ),
    (
        "Which samples did the chef decide to order?",
        "x_ice_cream_restaurant_order",
        ["The brown butter for"],
    ),
    (
        "What will the restaurant pay per litre?",
        "x_ice_cream_restaurant_order",
        ["Then it's £11 a"],
    ),
    (
        "Why can't the ice cream be delivered on a Monday?",
        "x_ice_cream_restaurant_order",
        ["Monday's my production day,"],
    ),
    (
        "When will the restaurant order begin?",
        "x_ice_cream_restaurant_order",
        ["Let's start from the"],
    ),
]
