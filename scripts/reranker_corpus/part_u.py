"""Nature and weather interviews and call-ins: forecasting, coasts and tides, caves, fungi, trees, moths, ponds  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "u_forecaster_interview": {
        "turns": [
            (
                "host",
                "Good morning and welcome to Hill Country Mornings. My guest today is Morag Ellison, who has been forecasting the weather for this region for nearly two decades. Morag, welcome.",
            ),
            (
                "guest",
                "Thank you, it's lovely to be here. It's actually nineteen years this autumn.",
            ),
            ("host", "Nineteen years. Did you always want to do this?"),
            (
                "guest",
                "Not at all. I wanted to be a pilot, and I only took a meteorology module because it was compulsory for the flying course. Then I failed the eyesight test and the weather stuck.",
            ),
            ("host", "So what does a working day look like?"),
            (
                "guest",
                "I start at 5 in the morning. The big computer models run four times a day, and I compare at least three of them before I write anything. The models are a starting point, but local knowledge matters a lot up here.",
            ),
            ("host", "Why is that?"),
            (
                "guest",
                "Because the valleys trap cold air overnight. The models smooth the hills out, so they often miss the fog that sits in the valley until lunchtime.",
            ),
            ("host", "So fog is the hardest thing to get right?"),
            (
                "guest",
                "Fog is hard, but showers are worse. You can say there will be showers, but saying which village gets one is close to impossible.",
            ),
            ("host", "I'd guess you're right about ninety percent of the time."),
            (
                "guest",
                "For tomorrow's temperature, we're within two degrees about 85% of the time. For the timing of rain, it's more like two days in three, so your figure is a bit generous.",
            ),
            ("host", "Fair enough. What's the forecast you'd rather forget?"),
            (
                "guest",
                "February 2018. We said 2 cm of snow on the high ground, and some farms got 15 cm overnight. A school bus got stuck near Carrick Bridge, and I had a lot of letters after that.",
            ),
            ("host", "Ouch."),
            (
                "guest",
                "It taught me to talk about uncertainty. Now, if the models disagree, I say so on air instead of picking one.",
            ),
            ("host", "And for the listener who wants one tip for reading the sky?"),
            (
                "guest",
                "Watch the high, wispy cloud. If it thickens and lowers through the afternoon, rain is usually less than a day away.",
            ),
            ("host", "Morag Ellison, thank you."),
        ],
    },
    "u_weather_line_callin": {
        "turns": [
            (
                "host",
                "You're on Weather Line, where you put your questions to our duty forecaster, Dev Khanna. First caller is Linda from Ashby. Go ahead, Linda.",
            ),
            (
                "caller",
                "Hi. My question is simple. When the app says 40% chance of rain, what does that actually mean? Is it raining for 40% of the day?",
            ),
            (
                "forecaster",
                "That's the most common question we get. It means that if you had this exact weather setup on ten days, it would rain at your spot on about four of them. It says nothing about how long it rains.",
            ),
            ("caller", "So a 40% day could still be a washout?"),
            ("forecaster", "It could, yes. That's why I'd look at the hourly breakdown too."),
            ("caller", "Right, thanks."),
            ("host", "Next we have Gareth, who farms near Penwell. Gareth?"),
            (
                "farmer",
                "Morning. I want to cut hay next week and I need four dry days in a row. How far ahead can I trust a forecast for that?",
            ),
            (
                "forecaster",
                "Honestly, about five days is the limit for something that specific. Beyond that, I'd treat it as a trend, not a promise.",
            ),
            (
                "farmer",
                "Last year I cut on a Tuesday because the forecast looked settled, and it rained on the Thursday.",
            ),
            (
                "forecaster",
                "That's painful. I'd wait until Monday's update and cut only if the ensemble runs still agree.",
            ),
            ("farmer", "What's an ensemble?"),
            (
                "forecaster",
                "We run the same model about fifty times with tiny changes to the starting conditions. If most of the runs stay dry, we're confident. If they split, so should you.",
            ),
            ("host", "And what about frost, Gareth? Is that a worry this time of year?"),
            (
                "farmer",
                "Not for the hay, but my wife grows early potatoes and a late frost in May took half of them in 2021.",
            ),
            (
                "forecaster",
                "Ground frost is the one to watch for potatoes. Air temperature can be three degrees and the ground still freeze on a clear, still night.",
            ),
            ("host", "Good advice. Thanks to both callers."),
        ],
    },
    "u_cliff_erosion_village": {
        "turns": [
            (
                "host",
                "This week on Coastwatch we're in Hallow Bay, where the cliff edge is now closer to the village than ever. With me is parish councillor Ruth Okafor. Ruth, how fast is the land going?",
            ),
            (
                "councillor",
                "On average, about two metres a year. But it doesn't go evenly. In the storms of December 2013 we lost eleven metres in a single night.",
            ),
            ("host", "Eleven metres in one night."),
            (
                "councillor",
                "Yes. That was when the first three houses on Marram Lane had to be abandoned.",
            ),
            ("host", "Were people compensated?"),
            (
                "councillor",
                "Not for the houses themselves. Insurance doesn't cover coastal erosion, which surprises a lot of people. The council paid for demolition and a small relocation grant of £4,000 per household.",
            ),
            ("host", "That doesn't sound like much."),
            (
                "councillor",
                "It isn't. It barely covered the removal van and a deposit on a rental.",
            ),
            ("host", "There was talk of a sea wall, wasn't there?"),
            (
                "councillor",
                "There was. The engineers priced rock armour along the whole frontage at about £6 million. The government said the number of homes protected didn't justify it, so that was rejected in 2016.",
            ),
            ("host", "And what happened instead?"),
            (
                "councillor",
                "We went for what they call rollback. The caravan park moved 300 metres inland, and the cliff-top car park was shifted behind the church.",
            ),
            (
                "host",
                "I'm joined now by Tom Beale, who still lives on Marram Lane. Tom, how close is the edge to you?",
            ),
            (
                "resident",
                "About twenty-five metres from my back door. When I bought the house in 1998 it was nearer eighty.",
            ),
            ("host", "Do you plan to stay?"),
            (
                "resident",
                "For now. I check the cracks in the lawn after every big storm. When one opens up near the shed, I'll go.",
            ),
            ("host", "Does the village feel like it has a future?"),
            (
                "councillor",
                "I think so, but a different one. The school has already put its new classroom on the landward side, and that's the kind of thinking we need.",
            ),
        ],
    },
    "u_estuary_breach_tides": {
        "turns": [
            (
                "host",
                "Today on Coastwatch we're on the Fenmouth estuary, where a sea wall was deliberately breached two years ago. Reserve warden Sam Achterberg is with me. Sam, why would anyone knock a hole in a sea wall?",
            ),
            (
                "warden",
                "Because the old wall was failing anyway. Keeping it up would have cost the agency about £400,000 every decade, and it protected fields, not houses.",
            ),
            ("host", "So you let the sea in."),
            (
                "warden",
                "We let the tide in, which isn't quite the same. The breach is 60 metres wide, and on a normal tide the water spreads gently over about eighty hectares.",
            ),
            ("host", "What about the big tides?"),
            (
                "warden",
                "On spring tides, around the new and full moon, the water comes right up to the new inner bank. On neap tides the upper marsh stays dry for days.",
            ),
            ("host", "And what has come back?"),
            (
                "warden",
                "Samphire first, in the very first summer. Then the wading birds. We counted 2,000 dunlin on the marsh last January, where there'd been none.",
            ),
            ("host", "Not everyone was keen, though. Peter Moss farmed some of that land. Peter?"),
            (
                "farmer",
                "I wasn't keen, no. My family grew barley on those fields for three generations.",
            ),
            ("host", "What changed your mind?"),
            (
                "farmer",
                "Nothing changed my mind, if I'm honest. I accepted it because the compensation was fair and the wall was going to go in a storm sooner or later.",
            ),
            ("host", "Does the marsh actually protect anything?"),
            (
                "warden",
                "It does. A wide saltmarsh soaks up wave energy, so the new inner bank can be much lower and cheaper. It's only a metre and a half high.",
            ),
            ("host", "Peter, would you go and look at it now?"),
            (
                "farmer",
                "I walk the dog along the inner bank most evenings. I'll admit the birds are something to see at high water.",
            ),
            ("host", "Sam, any advice for visitors?"),
            (
                "warden",
                "Check the tide table before you come. The creeks fill faster than people expect, and the mud is soft enough to trap a boot.",
            ),
        ],
    },
    "u_caving_club_taster": {
        "turns": [
            (
                "host",
                "Welcome back to Outdoors Hour. I'm talking to Priya Lund, secretary of the Dale Valley Caving Club, about getting started underground. Priya, how do most people begin?",
            ),
            (
                "guest",
                "Most come on one of our taster trips. We run them on the first Sunday of every month, and we take a maximum of six beginners with three leaders.",
            ),
            ("host", "What does it cost?"),
            (
                "guest",
                "Twenty pounds, and that includes the hire of a helmet, a headtorch and an oversuit. You just bring old clothes and wellies.",
            ),
            ("host", "Wellies, really? Not walking boots?"),
            (
                "guest",
                "Wellies, honestly. You'll be wading through streams, and boots just fill up with water and get heavy.",
            ),
            ("host", "Where do you take beginners?"),
            (
                "guest",
                "We usually go to Fox Hole. It's mostly walking passage with one short crawl near the end, and it doesn't flood quickly, which matters a lot.",
            ),
            ("host", "Why is flooding the big concern?"),
            (
                "guest",
                "Because a cave can take water from a huge area of hillside. If there's been heavy rain, the stream inside can rise in half an hour. We always check the forecast the night before, and if there's been more than 20 millimetres of rain we switch to a dry cave.",
            ),
            ("host", "Have you ever had to cancel?"),
            ("guest", "Plenty of times. Last March we cancelled two trips in a row."),
            ("host", "What puts people off?"),
            (
                "guest",
                "Most people think it'll be the dark or tight squeezes. It's actually the cold. The cave stays at about nine degrees all year, and once you're wet you feel it.",
            ),
            ("host", "And what keeps them coming back?"),
            (
                "guest",
                "The formations, mostly. There's a chamber in Fox Hole with straw stalactites nearly a metre long, and people go quiet when they see them.",
            ),
            ("host", "Any rule you'd never break?"),
            (
                "guest",
                "Always leave a call-out time with someone on the surface. If we're not out by then, they phone the rescue team.",
            ),
            ("host", "Priya, thanks."),
            ("guest", "Thanks for having me."),
        ],
    },
    "u_cave_rescue_flood": {
        "turns": [
            (
                "host",
                "Last weekend, four cavers spent eleven hours trapped by floodwater in Gallows Pot. On the line is Mark Ferris from the Upper Dale Cave Rescue Organisation, and later one of the cavers. Mark, what happened?",
            ),
            (
                "rescuer",
                "The group went in at ten on Saturday morning. A thunderstorm that nobody had forecast hit the moor around one, and the streamway sumped behind them.",
            ),
            ("host", "Sumped?"),
            ("rescuer", "Filled to the roof with water. Their way out was simply gone."),
            ("host", "When did you get the call?"),
            (
                "rescuer",
                "Their call-out time was six in the evening. Their friend on the surface rang the police at ten past six, and we had a team at the entrance by seven.",
            ),
            ("host", "How do you reach people behind a flooded passage?"),
            (
                "rescuer",
                "Mostly you wait. We considered sending cave divers through, but the water was too fast and brown to see anything. So we pumped the lower section and waited for the level to drop.",
            ),
            ("host", "How long did that take?"),
            (
                "rescuer",
                "We reached them at about nine at night, and everyone was out by half past eleven.",
            ),
            (
                "host",
                "Let's hear from one of them. Jenny Walsh, you were in that group. What was it like?",
            ),
            (
                "caller",
                "Honestly, calmer than you'd think. We'd climbed to a dry ledge above the stream, put on our survival bags and shared a flask.",
            ),
            ("host", "Were you frightened?"),
            (
                "caller",
                "I was frightened for about ten minutes. After that, we knew the call-out system would work, so it was mostly boredom and cold feet.",
            ),
            ("host", "Will you go caving again?"),
            (
                "caller",
                "Already booked for next month. But I'll check the mountain weather forecast, not just the town one.",
            ),
            ("host", "Mark, is that the lesson?"),
            (
                "rescuer",
                "Partly. Storms over the moor can be very local. The other lesson is to carry a survival bag and spare food every time, even on a short trip.",
            ),
        ],
    },
    "u_mushroom_walk": {
        "turns": [
            (
                "host",
                "We're in Brackley Woods at eight in the morning with forager Helen Nowak, who runs mushroom walks here every autumn. Helen, what's that you've just picked?",
            ),
            (
                "guide",
                "This is a hedgehog fungus. Instead of gills underneath, it has little spines, which makes it one of the safest for beginners.",
            ),
            ("host", "Safe because nothing looks like it?"),
            (
                "guide",
                "Nothing dangerous looks like it, at least in this country. That's the whole approach I teach. Start with four or five species you can't confuse with anything deadly.",
            ),
            ("host", "What's on that list?"),
            (
                "guide",
                "Hedgehog fungus, chicken of the woods, giant puffball, and ceps. Chanterelles too, once people have seen the false ones side by side.",
            ),
            ("host", "What about the ones people get wrong?"),
            (
                "guide",
                "The classic mistake is the field mushroom. People pick white mushrooms from a lawn and one of them turns out to be a destroying angel. That's why I never put a white gilled mushroom on my beginners' list.",
            ),
            ("host", "How much do you take home yourself?"),
            (
                "guide",
                "Rarely more than a kilo. The rule on this estate is personal use only, and I'd say pick no more than a third of what you find in any one patch.",
            ),
            ("host", "Why a third?"),
            (
                "guide",
                "Partly for the spores, but mostly for everyone else. Slugs, deer and squirrels all rely on them too.",
            ),
            ("host", "How did you get started?"),
            (
                "guide",
                "My grandmother took me out in Poland when I was about six. We picked birch boletes for soup, and she'd cuff my ear if I touched anything she didn't know.",
            ),
            ("host", "And the walks themselves. What do they cost?"),
            (
                "guide",
                "Thirty-five pounds for three hours, and we cook what we find at the end on a camping stove.",
            ),
            ("host", "Any guarantee people will find something?"),
            (
                "guide",
                "None at all. In the dry autumn of 2022 we found almost nothing for five weeks. Mushrooms need a week or so of rain before they fruit.",
            ),
        ],
    },
    "u_mushroom_phone_in": {
        "turns": [
            (
                "host",
                "This is the Garden Phone-In, and with autumn here we've got mycologist Dr Alan Reid taking your mushroom questions. First, Sue in Kettering.",
            ),
            (
                "caller",
                "Hi. My spaniel ate some little brown mushrooms from our lawn this morning. He seems fine. Should I be worried?",
            ),
            (
                "expert",
                "I'd ring your vet now rather than wait. Some of the dangerous lawn species don't cause symptoms for six to twelve hours, by which point the liver may already be affected.",
            ),
            ("caller", "Oh. He ate them at about seven."),
            (
                "expert",
                "Then do it straight after this call. If you can, put one of the remaining mushrooms in a paper bag, not plastic, and take it with you.",
            ),
            ("caller", "Why paper?"),
            (
                "expert",
                "Plastic makes them sweat and go to mush within hours, and then nobody can identify them.",
            ),
            (
                "host",
                "Good luck, Sue. Next is Graham, who's been picking mushrooms for years. Graham?",
            ),
            (
                "forager",
                "Hello. I've picked what I thought were parasols for twenty years, but a friend says some of mine could be the shaggy type that upsets people's stomachs. How do I tell?",
            ),
            (
                "expert",
                "The true parasol has a snakeskin pattern on its stem and a ring you can slide up and down. The shaggy parasol has a smooth stem and its flesh goes orange-red when you cut it.",
            ),
            ("forager", "Mine do go a bit reddish."),
            (
                "expert",
                "Then I'd stop eating those ones. They're not deadly, but around one person in five reacts badly to them.",
            ),
            ("host", "Alan, do the identification apps help?"),
            (
                "expert",
                "They're useful for a first guess, but a study in 2022 found the best apps were right only about half the time on poisonous species. I'd never eat anything on the say-so of an app.",
            ),
            ("host", "So what would you recommend instead?"),
            (
                "expert",
                "Join a local fungus group and go out with people who've done it for decades. And take a spore print at home before you eat anything new.",
            ),
            ("forager", "How do you do a spore print?"),
            (
                "expert",
                "Cut the cap off, lay it gills down on white and black paper overnight, and the colour of the powder narrows things down a lot.",
            ),
        ],
    },
    "u_tree_surgeon_career": {
        "turns": [
            (
                "host",
                "My guest today climbs trees for a living. Callum Price runs a two-person tree surgery business in Shropshire. Callum, how did you get into it?",
            ),
            (
                "guest",
                "I was a landscape gardener for six years, and I kept getting asked to take down trees I wasn't qualified to touch. So in 2015 I did my chainsaw and climbing tickets at an agricultural college.",
            ),
            ("host", "How long did the training take?"),
            (
                "guest",
                "About twelve weeks in total, spread over a year, and it cost me roughly £3,000. The aerial rescue course was the one that scared me.",
            ),
            ("host", "Aerial rescue?"),
            (
                "guest",
                "Getting an injured colleague down from a tree. Every climber has to have someone on the ground who can do it, so there are always at least two of us on a job.",
            ),
            ("host", "What's a normal day?"),
            (
                "guest",
                "Mostly pruning, not felling. People imagine us cutting down giant trees, but about 70% of our work is crown reduction and deadwooding.",
            ),
            ("host", "What's crown reduction, for those who don't know?"),
            (
                "guest",
                "Shortening the branches all round so the tree is smaller but keeps its shape. Done badly, it's called topping, and that's what I spend half my time trying to talk people out of.",
            ),
            ("host", "Why is topping so bad?"),
            (
                "guest",
                "It leaves big wounds that rot, and the tree throws out a mass of weak shoots. Within five years it's more dangerous than before.",
            ),
            ("host", "What about the kit? It can't be cheap."),
            (
                "guest",
                "My climbing saw alone was about £900. The chipper was the big one, £28,000 second-hand, and I'm still paying it off.",
            ),
            ("host", "Biggest tree you've taken down?"),
            (
                "guest",
                "A 30-metre beech at a school in Ludlow with a fungus rotting the base. We took it down in sections over three days with a crane.",
            ),
            ("host", "Do you enjoy it?"),
            (
                "guest",
                "Most days. Winter is the hard part, because it's dark by four and the ropes freeze.",
            ),
        ],
    },
    "u_overhanging_oak_callin": {
        "turns": [
            (
                "host",
                "You're on Home and Garden Live, and our arborist this week is Dana Whitlock. Our first caller is Keith in Stroud. Keith?",
            ),
            (
                "caller",
                "Hello. My neighbour's oak hangs about four metres over my garden, and it drops so many acorns and leaves that my gutters block every November. Can I just cut the branches back?",
            ),
            (
                "arborist",
                "In general, you can cut back to the boundary line, but no further. Strictly speaking, the branches you cut belong to your neighbour. You should offer them back.",
            ),
            ("caller", "Offer him back the branches?"),
            (
                "arborist",
                "Yes, it sounds odd, but that's the law. Most people just agree between them to compost the lot.",
            ),
            ("host", "Is there anything that could stop Keith?"),
            (
                "arborist",
                "Two things. First, check with the council whether the oak has a tree preservation order, or whether you're in a conservation area. Cutting a protected tree without consent can lead to a fine of up to £20,000.",
            ),
            ("caller", "How would I check that?"),
            (
                "arborist",
                "Most councils have a map online, or you can phone the tree officer. It takes five minutes.",
            ),
            ("host", "And the second thing?"),
            (
                "arborist",
                "Nesting birds. Between March and August, you need to be sure there are no active nests before you cut.",
            ),
            (
                "caller",
                "The other question is cost. I got a quote for £1,200 to reduce it, which seemed a lot.",
            ),
            (
                "arborist",
                "For a mature oak with access through a house, that's within the normal range. I'd still get three quotes and check they have public liability insurance of at least £5 million.",
            ),
            ("caller", "My neighbour suggested we split the cost."),
            (
                "arborist",
                "That's the best outcome by far. If the whole tree is reduced evenly, it's better for the oak than a lopsided cut on your side only.",
            ),
            ("host", "Good luck, Keith, and thanks."),
        ],
    },
    "u_garden_moth_trap": {
        "turns": [
            (
                "host",
                "On Wild at Home this week, we're talking moths with county moth recorder Nadia Hussain. Nadia, you run a trap in your back garden. What does that actually involve?",
            ),
            (
                "guest",
                "It's a box with a bright bulb on top. Moths fly to the light, drop through a funnel, and settle in egg boxes inside. In the morning I open it, identify everything and let them go.",
            ),
            ("host", "They're not harmed?"),
            (
                "guest",
                "Not if you do it properly. I release them into long grass in the shade, so the birds don't pick them off.",
            ),
            ("host", "What kind of bulb?"),
            (
                "guest",
                "I started with a mercury vapour bulb, which is very bright and catches the most. But my neighbour complained it lit up her bedroom, so now I use an actinic tube, which is dimmer and much cheaper to run.",
            ),
            ("host", "Does it catch fewer?"),
            (
                "guest",
                "About half as many on a typical night, but the same range of species, more or less.",
            ),
            ("host", "How much does a setup cost?"),
            (
                "guest",
                "A homemade actinic trap can cost you under £60. The mercury vapour ones start around £200.",
            ),
            ("host", "What's your best night?"),
            (
                "guest",
                "July 2019, a warm, humid, cloudy night. I had 412 moths of 96 species. Clear, cold nights are hopeless, because the moths just don't fly.",
            ),
            ("host", "And a favourite species?"),
            (
                "guest",
                "The elephant hawk-moth. It's bright pink and olive green, and children can't believe it's a British moth.",
            ),
            ("host", "What happens to your records?"),
            (
                "guest",
                "They go to the county database and on to the national scheme. That's how we know that some moths, like the garden tiger, have declined by about 90% since the 1970s.",
            ),
            ("host", "How should a beginner start?"),
            (
                "guest",
                "Borrow a trap from your local moth group for a week in summer. Buy a good field guide, and don't worry about the tiny ones at first.",
            ),
        ],
    },
    "u_reserve_moth_night": {
        "turns": [
            (
                "reporter",
                "It's just after eleven at night at Ferncombe Nature Reserve, where about forty people have turned up for the annual public moth night. Warden Chris Doyle is running it. Chris, how many traps have you got out?",
            ),
            (
                "warden",
                "Eight tonight, spread across the reed bed, the meadow and the edge of the wood. Different habitats bring in different moths.",
            ),
            ("reporter", "And what's the target?"),
            (
                "warden",
                "Last year's event recorded 158 species, so the volunteers are hoping to beat that. Honestly, the weather decides, not us.",
            ),
            ("reporter", "How is the weather tonight?"),
            (
                "warden",
                "Not bad. It clouded over at nine, and it's still about sixteen degrees, so the moths are flying well.",
            ),
            ("reporter", "Let's talk to one of the visitors. You've brought your daughter?"),
            (
                "visitor",
                "Yes, she's nine and she's obsessed. We came last year too, and she's kept a moth diary ever since.",
            ),
            ("reporter", "What's been the highlight so far?"),
            (
                "visitor",
                "A poplar hawk-moth landed on her sleeve and just sat there for ten minutes. I thought she might actually burst.",
            ),
            ("reporter", "Chris, is there anything rare on the reserve?"),
            (
                "warden",
                "The reed bed has a small population of a reed moth called the fen wainscot. We first found it here in 2017, and it's only known from a handful of sites in the county.",
            ),
            ("reporter", "Why does the reserve bother with a public night?"),
            (
                "warden",
                "Partly for the records, but mainly because people protect what they've seen with their own eyes. A lot of our volunteers started at one of these events.",
            ),
            ("reporter", "When do we get the final count?"),
            (
                "warden",
                "The traps stay out until dawn, and we go through them at six. We'll post the total on the reserve's page by lunchtime.",
            ),
            ("reporter", "I'll check back. Thanks, Chris."),
        ],
    },
    "u_garden_pond_dig": {
        "turns": [
            (
                "host",
                "On Small Wild Spaces today, I'm in the back garden of retired teacher Bernard Oyelaran, who dug a wildlife pond three years ago. Bernard, how big is it?",
            ),
            (
                "guest",
                "About two metres by three, and 60 centimetres at the deepest point. I wanted deeper, but I hit clay and my back gave up.",
            ),
            ("host", "What did you line it with?"),
            (
                "guest",
                "A butyl liner. I nearly bought the cheap PVC one for £40, but the man at the aquatic centre said it would crack in the sun within a few years. The butyl was £130.",
            ),
            ("host", "And you didn't add fish?"),
            (
                "guest",
                "No fish. Fish eat tadpoles and dragonfly larvae, and the whole point was wildlife.",
            ),
            ("host", "How quickly did things arrive?"),
            (
                "guest",
                "Pond skaters within a week, which amazed me. Frogs spawned the first spring. The first dragonfly was a southern hawker in the second August, and she laid eggs in the rotting log at the edge.",
            ),
            ("host", "In the log, not the water?"),
            (
                "guest",
                "In the wet wood just above the waterline. I'd never have known if I hadn't watched her.",
            ),
            ("host", "What about plants?"),
            (
                "guest",
                "Native ones only. I made the mistake of putting in a bit of parrot's feather from a friend's pond, and it took over within a summer. I spent a whole weekend pulling it out.",
            ),
            ("host", "And the water, did it go green?"),
            (
                "guest",
                "Terribly, the first year. I'd filled it from the tap. Now I top it up from two water butts, and it's been clear since.",
            ),
            ("host", "Would you do anything differently?"),
            (
                "guest",
                "I'd make one side a really shallow beach. Birds and frogs need to get in and out, and that's where most of the life is.",
            ),
        ],
    },
    "u_village_pond_restore": {
        "turns": [
            (
                "host",
                "In Little Sedgeford, the village pond has gone from a shopping-trolley dump to one of the best dragonfly sites in the district. Joan Marsh chairs the Friends of Sedgeford Pond. Joan, what was it like before?",
            ),
            (
                "chair",
                "Dreadful. In 2019 it was half silted up, shaded by willows, and we pulled out two trolleys and a moped.",
            ),
            ("host", "A moped?"),
            ("chair", "A moped. Nobody ever claimed it."),
            ("host", "What did the restoration involve?"),
            (
                "chair",
                "Dredging out about 400 tonnes of silt, and cutting back the willows on the south side so the sun could reach the water. The whole job cost £18,000, most of it from a lottery grant.",
            ),
            ("host", "Was everyone in favour?"),
            (
                "chair",
                "No. Some residents wanted the willows kept because they'd been there fifty years. In the end we coppiced them rather than felling them, so they're still alive but lower.",
            ),
            (
                "host",
                "And the dragonflies, that's where Ian comes in. Ian Telford, you survey the pond?",
            ),
            (
                "recorder",
                "I do, every two weeks from May to September. Before the work, we recorded four species. Last summer it was fourteen.",
            ),
            ("host", "Fourteen. What made the difference?"),
            (
                "recorder",
                "Sunlight, mainly. Dragonflies are cold-blooded and need warm water for the larvae. The open south bank is where almost all of them hold territories now.",
            ),
            ("host", "Any surprises?"),
            (
                "recorder",
                "A hairy dragonfly in 2023, which I'd only ever seen on the Broads. And the emperors, our biggest species, came back in the second year.",
            ),
            ("host", "How do you count them without catching them?"),
            (
                "recorder",
                "Mostly by sight with binoculars, but the best evidence is the empty larval skins on the reed stems. Those prove they bred here, not just passed through.",
            ),
            ("host", "Joan, what's next?"),
            (
                "chair",
                "A second, smaller pond in the field next door, so there's somewhere for wildlife to go when we have to dredge this one again.",
            ),
        ],
    },
}

QUESTIONS = [
    # u_forecaster_interview
    (
        "How long has Morag been doing weather forecasts for the region?",
        "u_forecaster_interview",
        ["It's actually nineteen years"],
    ),
    ("What job did the forecaster originally want?", "u_forecaster_interview", ["I wanted to be"]),
    (
        "Why did she give up on flying and stay with meteorology?",
        "u_forecaster_interview",
        ["Then I failed the"],
    ),
    (
        "How many weather models does she compare before writing her forecast?",
        "u_forecaster_interview",
        ["The big computer models"],
    ),
    (
        "Why do computer models often miss fog in the valleys?",
        "u_forecaster_interview",
        ["Because the valleys trap", "The models smooth the"],
    ),
    (
        "What kind of weather does she find hardest to predict?",
        "u_forecaster_interview",
        ["Fog is hard, but"],
    ),
    (
        "How often is the next-day temperature forecast accurate?",
        "u_forecaster_interview",
        ["For tomorrow's temperature, we're"],
    ),
    (
        "What went wrong with the snow forecast she'd rather forget?",
        "u_forecaster_interview",
        ["We said 2 cm", "A school bus got"],
    ),
    (
        "What does she do now when the weather models don't agree?",
        "u_forecaster_interview",
        ["Now, if the models"],
    ),
    (
        "What cloud sign tells you rain is on the way?",
        "u_forecaster_interview",
        ["Watch the high, wispy", "If it thickens and"],
    ),
    # u_weather_line_callin
    (
        "What does it mean when an app gives a forty percent chance of showers?",
        "u_weather_line_callin",
        ["It means that if"],
    ),
    (
        "Can a day with a 40 percent rain chance still turn out really wet?",
        "u_weather_line_callin",
        ["It could, yes."],
    ),
    (
        "Besides the percentage, what should you check on the forecast?",
        "u_weather_line_callin",
        ["That's why I'd look"],
    ),
    (
        "How many dry days in a row does Gareth need for haymaking?",
        "u_weather_line_callin",
        ["I want to cut"],
    ),
    (
        "How far ahead can a specific forecast be relied on for farm work?",
        "u_weather_line_callin",
        ["Honestly, about five days"],
    ),
    (
        "What happened when the farmer cut his hay last year?",
        "u_weather_line_callin",
        ["Last year I cut"],
    ),
    ("What is an ensemble in weather forecasting?", "u_weather_line_callin", ["We run the same"]),
    (
        "What happened to the early potatoes his wife grows?",
        "u_weather_line_callin",
        ["Not for the hay"],
    ),
    (
        "How can the ground freeze when the air temperature is above zero?",
        "u_weather_line_callin",
        ["Air temperature can be"],
    ),
    (
        "When did the forecaster advise the farmer to make his decision about cutting?",
        "u_weather_line_callin",
        ["I'd wait until Monday's"],
    ),
    # u_cliff_erosion_village
    (
        "How quickly is the cliff at Hallow Bay retreating each year?",
        "u_cliff_erosion_village",
        ["On average, about two"],
    ),
    (
        "How much cliff was lost during the 2013 storms?",
        "u_cliff_erosion_village",
        ["In the storms of"],
    ),
    (
        "Why weren't the people who lost their houses paid out by insurers?",
        "u_cliff_erosion_village",
        ["Insurance doesn't cover coastal"],
    ),
    (
        "How much relocation money did each household receive?",
        "u_cliff_erosion_village",
        ["The council paid for"],
    ),
    (
        "What was the relocation grant enough to pay for?",
        "u_cliff_erosion_village",
        ["It barely covered the"],
    ),
    (
        "What was the estimated cost of rock armour for the bay?",
        "u_cliff_erosion_village",
        ["The engineers priced rock"],
    ),
    (
        "Why was the sea defence scheme rejected?",
        "u_cliff_erosion_village",
        ["The government said the"],
    ),
    (
        "How far inland did the caravan park move?",
        "u_cliff_erosion_village",
        ["The caravan park moved"],
    ),
    (
        "How far was Tom's house from the edge when he first bought it?",
        "u_cliff_erosion_village",
        ["When I bought the"],
    ),
    (
        "What would make Tom finally leave his house?",
        "u_cliff_erosion_village",
        ["When one opens up"],
    ),
    # u_estuary_breach_tides
    (
        "Why did they decide to open up the old sea wall on the estuary?",
        "u_estuary_breach_tides",
        ["Because the old wall", "Keeping it up would"],
    ),
    (
        "How wide is the gap that was made in the wall?",
        "u_estuary_breach_tides",
        ["The breach is 60"],
    ),
    (
        "What happens on the marsh during spring tides?",
        "u_estuary_breach_tides",
        ["On spring tides, around"],
    ),
    (
        "Which plant came back first after the breach?",
        "u_estuary_breach_tides",
        ["Samphire first, in the"],
    ),
    (
        "How many dunlin were seen on the marsh in winter?",
        "u_estuary_breach_tides",
        ["We counted 2,000 dunlin"],
    ),
    (
        "What crop did Peter's family farm there?",
        "u_estuary_breach_tides",
        ["My family grew barley"],
    ),
    (
        "Why did the farmer accept losing his fields?",
        "u_estuary_breach_tides",
        ["I accepted it because"],
    ),
    ("How high is the new inner bank?", "u_estuary_breach_tides", ["It's only a metre"]),
    (
        "How does a salt marsh help with flood defence?",
        "u_estuary_breach_tides",
        ["A wide saltmarsh soaks"],
    ),
    (
        "What should people do before visiting the estuary marsh?",
        "u_estuary_breach_tides",
        ["Check the tide table"],
    ),
    # u_caving_club_taster
    (
        "How many beginners can go on one of the club's taster trips?",
        "u_caving_club_taster",
        ["We run them on"],
    ),
    (
        "What does the twenty pound fee for a caving taster include?",
        "u_caving_club_taster",
        ["Twenty pounds, and that"],
    ),
    (
        "Why should you wear wellies rather than walking boots underground?",
        "u_caving_club_taster",
        ["You'll be wading through"],
    ),
    (
        "Which cave does the club usually take novices to?",
        "u_caving_club_taster",
        ["We usually go to"],
    ),
    (
        "How much rain makes the club switch to a different cave?",
        "u_caving_club_taster",
        ["We always check the"],
    ),
    (
        "How fast can the stream in a cave rise after heavy rain?",
        "u_caving_club_taster",
        ["If there's been heavy"],
    ),
    (
        "What do new cavers find hardest about being underground?",
        "u_caving_club_taster",
        ["It's actually the cold.", "The cave stays at"],
    ),
    (
        "What makes beginners want to go caving again?",
        "u_caving_club_taster",
        ["The formations, mostly.", "There's a chamber in"],
    ),
    (
        "What safety rule does Priya say she would never break?",
        "u_caving_club_taster",
        ["Always leave a call-out"],
    ),
    (
        "Have the club's trips ever been called off?",
        "u_caving_club_taster",
        ["Plenty of times.", "Last March we cancelled"],
    ),
    # u_cave_rescue_flood
    (
        "How long were the cavers stuck in Gallows Pot?",
        "u_cave_rescue_flood",
        ["Last weekend, four cavers"],
    ),
    (
        "What caused the passage behind the cavers to flood?",
        "u_cave_rescue_flood",
        ["A thunderstorm that nobody"],
    ),
    ("What does it mean when a streamway sumps?", "u_cave_rescue_flood", ["Filled to the roof"]),
    (
        "How quickly did the rescue team get to the cave after the alarm?",
        "u_cave_rescue_flood",
        ["Their friend on the"],
    ),
    (
        "Why weren't divers sent in to reach the trapped group?",
        "u_cave_rescue_flood",
        ["We considered sending cave"],
    ),
    ("What did the rescuers do to lower the water?", "u_cave_rescue_flood", ["So we pumped the"]),
    (
        "What time did the rescuers get the cavers out?",
        "u_cave_rescue_flood",
        ["We reached them at"],
    ),
    (
        "How did the trapped group look after themselves while they waited?",
        "u_cave_rescue_flood",
        ["We'd climbed to a"],
    ),
    (
        "How scared was Jenny while she was trapped?",
        "u_cave_rescue_flood",
        ["I was frightened for", "After that, we knew"],
    ),
    (
        "What will Jenny do differently before her next trip?",
        "u_cave_rescue_flood",
        ["But I'll check the"],
    ),
    (
        "What does the rescuer say cavers should take with them on every trip?",
        "u_cave_rescue_flood",
        ["The other lesson is"],
    ),
    # u_mushroom_walk
    (
        "How can you tell a hedgehog fungus apart from other mushrooms?",
        "u_mushroom_walk",
        ["Instead of gills underneath"],
    ),
    ("How does Helen suggest beginners start foraging?", "u_mushroom_walk", ["Start with four or"]),
    (
        "Which mushrooms does the forager recommend to newcomers?",
        "u_mushroom_walk",
        ["Hedgehog fungus, chicken of"],
    ),
    (
        "What's the typical error people make with white mushrooms from a lawn?",
        "u_mushroom_walk",
        ["The classic mistake is", "People pick white mushrooms"],
    ),
    ("How much of a patch is it okay to pick?", "u_mushroom_walk", ["The rule on this"]),
    (
        "Why should you leave most of the mushrooms you find?",
        "u_mushroom_walk",
        ["Partly for the spores", "Slugs, deer and squirrels"],
    ),
    (
        "Who taught Helen to forage when she was a child?",
        "u_mushroom_walk",
        ["My grandmother took me"],
    ),
    (
        "How much is one of the guided mushroom walks?",
        "u_mushroom_walk",
        ["Thirty-five pounds for three"],
    ),
    (
        "Why did the walks find hardly anything in 2022?",
        "u_mushroom_walk",
        ["In the dry autumn", "Mushrooms need a week"],
    ),
    # u_mushroom_phone_in
    (
        "Why shouldn't the dog owner wait to see if symptoms appear?",
        "u_mushroom_phone_in",
        ["Some of the dangerous"],
    ),
    (
        "What should Sue do about her spaniel right away?",
        "u_mushroom_phone_in",
        ["I'd ring your vet"],
    ),
    (
        "How should a sample mushroom be taken to the vet?",
        "u_mushroom_phone_in",
        ["If you can, put"],
    ),
    (
        "What's the problem with keeping mushrooms in a plastic bag?",
        "u_mushroom_phone_in",
        ["Plastic makes them sweat"],
    ),
    (
        "How do you tell a true parasol from a shaggy parasol?",
        "u_mushroom_phone_in",
        ["The true parasol has", "The shaggy parasol has"],
    ),
    (
        "How many people get ill from eating shaggy parasols?",
        "u_mushroom_phone_in",
        ["They're not deadly, but"],
    ),
    ("Are mushroom identification apps reliable?", "u_mushroom_phone_in", ["They're useful for a"]),
    (
        "What does the mycologist suggest instead of relying on apps?",
        "u_mushroom_phone_in",
        ["Join a local fungus"],
    ),
    ("How do you make a spore print at home?", "u_mushroom_phone_in", ["Cut the cap off"]),
    ("How long has Graham been picking parasols?", "u_mushroom_phone_in", ["I've picked what I"]),
    # u_tree_surgeon_career
    (
        "What did Callum work as before becoming a tree surgeon?",
        "u_tree_surgeon_career",
        ["I was a landscape"],
    ),
    (
        "How much did his tree surgery training cost him?",
        "u_tree_surgeon_career",
        ["About twelve weeks in"],
    ),
    (
        "Which part of the training did he find frightening?",
        "u_tree_surgeon_career",
        ["The aerial rescue course"],
    ),
    (
        "Why does a tree surgeon never work alone?",
        "u_tree_surgeon_career",
        ["Every climber has to"],
    ),
    (
        "How much of his work is pruning rather than felling?",
        "u_tree_surgeon_career",
        ["People imagine us cutting"],
    ),
    ("What does crown reduction mean?", "u_tree_surgeon_career", ["Shortening the branches all"]),
    (
        "Why is topping a tree a bad idea?",
        "u_tree_surgeon_career",
        ["It leaves big wounds", "Within five years it's"],
    ),
    ("How much did he pay for his wood chipper?", "u_tree_surgeon_career", ["The chipper was the"]),
    (
        "Why did the big beech at the school have to come down?",
        "u_tree_surgeon_career",
        ["A 30-metre beech at"],
    ),
    (
        "What does Callum find hardest about the job?",
        "u_tree_surgeon_career",
        ["Winter is the hard"],
    ),
    # u_overhanging_oak_callin
    (
        "How far does the neighbour's oak extend over Keith's garden?",
        "u_overhanging_oak_callin",
        ["My neighbour's oak hangs"],
    ),
    (
        "How far is Keith allowed to cut back the overhanging branches?",
        "u_overhanging_oak_callin",
        ["In general, you can"],
    ),
    (
        "Who do the cut branches legally belong to?",
        "u_overhanging_oak_callin",
        ["Strictly speaking, the branches"],
    ),
    (
        "What do neighbours usually end up doing with the cut branches?",
        "u_overhanging_oak_callin",
        ["Most people just agree"],
    ),
    (
        "What's the penalty for cutting a protected tree without permission?",
        "u_overhanging_oak_callin",
        ["Cutting a protected tree"],
    ),
    (
        "How can Keith find out whether the oak is protected?",
        "u_overhanging_oak_callin",
        ["Most councils have a"],
    ),
    (
        "During which months do you need to check for nesting birds?",
        "u_overhanging_oak_callin",
        ["Between March and August"],
    ),
    (
        "Was the twelve hundred pound quote for the oak reasonable?",
        "u_overhanging_oak_callin",
        ["For a mature oak"],
    ),
    (
        "What insurance should a tree contractor have?",
        "u_overhanging_oak_callin",
        ["I'd still get three"],
    ),
    (
        "Why is it better for the oak if both neighbours share the work?",
        "u_overhanging_oak_callin",
        ["If the whole tree"],
    ),
    # u_garden_moth_trap
    ("How does a garden moth trap catch moths?", "u_garden_moth_trap", ["Moths fly to the"]),
    (
        "How does Nadia release the moths so they stay safe?",
        "u_garden_moth_trap",
        ["I release them into"],
    ),
    (
        "Why did she stop using the mercury vapour bulb?",
        "u_garden_moth_trap",
        ["But my neighbour complained"],
    ),
    (
        "Does the dimmer actinic light catch fewer moths?",
        "u_garden_moth_trap",
        ["About half as many"],
    ),
    (
        "How cheaply can you build your own moth trap?",
        "u_garden_moth_trap",
        ["A homemade actinic trap"],
    ),
    ("How many moths did she catch on her best night?", "u_garden_moth_trap", ["I had 412 moths"]),
    (
        "What kind of night is bad for moth trapping?",
        "u_garden_moth_trap",
        ["Clear, cold nights are"],
    ),
    (
        "Which moth is Nadia's favourite, and why do kids love it?",
        "u_garden_moth_trap",
        ["The elephant hawk-moth.", "It's bright pink and"],
    ),
    ("How much has the garden tiger moth declined?", "u_garden_moth_trap", ["That's how we know"]),
    ("How should someone new to moths get started?", "u_garden_moth_trap", ["Borrow a trap from"]),
    # u_reserve_moth_night
    (
        "How many traps were put out at Ferncombe for the moth night?",
        "u_reserve_moth_night",
        ["Eight tonight, spread across"],
    ),
    (
        "Why were the traps spread across different parts of the reserve?",
        "u_reserve_moth_night",
        ["Different habitats bring in"],
    ),
    (
        "How many species did the previous year's moth night record?",
        "u_reserve_moth_night",
        ["Last year's event recorded"],
    ),
    (
        "What was the weather like during the moth night?",
        "u_reserve_moth_night",
        ["It clouded over at"],
    ),
    ("How old is the girl who came with her parent?", "u_reserve_moth_night", ["Yes, she's nine"]),
    (
        "What was the best moment of the evening for the visitor's daughter?",
        "u_reserve_moth_night",
        ["A poplar hawk-moth landed"],
    ),
    ("What rare moth lives in the reed bed?", "u_reserve_moth_night", ["The reed bed has"]),
    (
        "When was the fen wainscot first recorded on the reserve?",
        "u_reserve_moth_night",
        ["We first found it"],
    ),
    (
        "Why does the reserve run a moth evening for the public?",
        "u_reserve_moth_night",
        ["Partly for the records"],
    ),
    (
        "When will the final moth count be published?",
        "u_reserve_moth_night",
        ["We'll post the total"],
    ),
    # u_garden_pond_dig
    ("How big and deep is Bernard's garden pond?", "u_garden_pond_dig", ["About two metres by"]),
    ("Why didn't Bernard dig the pond any deeper?", "u_garden_pond_dig", ["I wanted deeper, but"]),
    (
        "Why did he choose a butyl liner over a PVC one?",
        "u_garden_pond_dig",
        ["I nearly bought the"],
    ),
    ("Why are there no fish in the wildlife pond?", "u_garden_pond_dig", ["Fish eat tadpoles and"]),
    (
        "What was the first wildlife to turn up in the new pond?",
        "u_garden_pond_dig",
        ["Pond skaters within a"],
    ),
    (
        "Where did the southern hawker lay its eggs?",
        "u_garden_pond_dig",
        ["The first dragonfly was", "In the wet wood"],
    ),
    ("Which plant took over the pond?", "u_garden_pond_dig", ["I made the mistake"]),
    ("How did Bernard stop the water turning green?", "u_garden_pond_dig", ["Now I top it"]),
    ("What would he change if he dug the pond again?", "u_garden_pond_dig", ["I'd make one side"]),
    # u_village_pond_restore
    (
        "What rubbish was pulled out of the village pond?",
        "u_village_pond_restore",
        ["In 2019 it was"],
    ),
    (
        "How much silt was dredged from the pond?",
        "u_village_pond_restore",
        ["Dredging out about 400"],
    ),
    (
        "How much did the pond restoration cost and who paid?",
        "u_village_pond_restore",
        ["The whole job cost"],
    ),
    (
        "Why did some villagers object to the pond work?",
        "u_village_pond_restore",
        ["Some residents wanted the"],
    ),
    (
        "What compromise was made over the willow trees?",
        "u_village_pond_restore",
        ["In the end we"],
    ),
    (
        "How many dragonfly species were found before and after the restoration?",
        "u_village_pond_restore",
        ["Before the work, we", "Last summer it was"],
    ),
    ("How often does Ian do his dragonfly counts?", "u_village_pond_restore", ["I do, every two"]),
    (
        "Why did letting in sunlight help the dragonflies?",
        "u_village_pond_restore",
        ["Dragonflies are cold-blooded and"],
    ),
    (
        "Which unexpected dragonfly turned up at the pond?",
        "u_village_pond_restore",
        ["A hairy dragonfly in"],
    ),
    (
        "How does the recorder know the dragonflies actually bred there?",
        "u_village_pond_restore",
        ["Mostly by sight with"],
    ),
    (
        "What does the pond group plan to do next?",
        "u_village_pond_restore",
        ["A second, smaller pond"],
    ),
]
