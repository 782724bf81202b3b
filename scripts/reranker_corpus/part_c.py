"""Science and research podcast interviews with paraphrased questions, part C  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "c_shark_tagging": {
        "turns": [
            (
                "host",
                "Welcome back to Field Notes. Today I'm joined by Amara Osei, who tags blue sharks off the coast of Cornwall. Amara, how did you get into this?",
            ),
            (
                "guest",
                "Honestly, by accident. I was counting jellyfish on a research boat in 2014 and a blue shark came right up to the hull, and I was hooked from that day.",
            ),
            ("host", "And what does tagging actually involve?"),
            (
                "guest",
                "We bring the shark alongside the boat, keep its gills in the water, and fix a small satellite tag to the dorsal fin. The whole thing takes under four minutes if the crew is good.",
            ),
            ("host", "Under four minutes. That's quick."),
            (
                "guest",
                "It has to be. The longer they're stressed, the worse their survival afterwards.",
            ),
            ("host", "How many have you tagged so far?"),
            (
                "guest",
                "Sixty-two since the project started. Thirty-eight of those were females, which surprised us.",
            ),
            ("host", "Why was that surprising?"),
            (
                "guest",
                "Because earlier catch records from the fishing fleet suggested the area was mostly males. It turns out the fleet was fishing deeper, where the males tend to hunt.",
            ),
            ("host", "And the tags themselves, are they expensive?"),
            (
                "guest",
                "Each one costs around £3,000, so losing one hurts. The battery lasts about eighteen months if we're lucky.",
            ),
            ("host", "What happens after that?"),
            (
                "guest",
                "The tag just goes quiet. Some of them fall off and wash up on beaches, and we've had walkers in Portugal post them back to us.",
            ),
            ("host", "Really? From Portugal?"),
            ("guest", "Twice, yes. We put a return address and a small reward on every tag."),
            ("host", "So where do the sharks actually go?"),
            (
                "guest",
                "One female we named Marlow swam nearly 7,000 kilometres to the Azores and back in a single winter. Most of them follow the warm water edges where the squid gather.",
            ),
            ("host", "What worries you most about their future?"),
            (
                "guest",
                "Bycatch, without a doubt. Longline boats catch blue sharks by the thousand without meaning to, and most are dead by the time the line is hauled.",
            ),
            ("host", "Is there anything listeners can do?"),
            (
                "guest",
                "Ask where your fish comes from. Line-caught from a managed fishery is a far better choice than anonymous frozen fillets.",
            ),
        ],
    },
    "c_seahorse_tagging": {
        "turns": [
            (
                "host",
                "This week we're in Studland Bay, where a small team is tracking seahorses in the seagrass. With me are marine biologist Priya Nair and volunteer diver Ollie Grant.",
            ),
            ("guest", "Hello. Thanks for coming down to the harbour."),
            ("diver", "Hi there."),
            ("host", "Priya, you can't put a satellite tag on a seahorse, surely?"),
            (
                "guest",
                "No, they're far too small. We use tiny coloured collars made of soft elastic, each with a three-letter code, so divers can recognise individuals.",
            ),
            ("host", "And they don't mind wearing a collar?"),
            (
                "guest",
                "We tested them in an aquarium for six months first. Feeding and swimming were completely normal.",
            ),
            ("host", "Ollie, what's a typical survey dive like for you?"),
            (
                "diver",
                "Slow. You're lying flat over the seagrass for about an hour, barely moving, because a seahorse looks exactly like a bit of weed.",
            ),
            ("host", "How many do you find on a good day?"),
            (
                "diver",
                "On a good day maybe five. On a bad day none at all, and the visibility is down to a metre.",
            ),
            ("host", "Priya, what have you learned so far?"),
            (
                "guest",
                "The big surprise is how faithful they are. One male, code BTR, has stayed in the same patch of seagrass, roughly the size of a tennis court, for three summers running.",
            ),
            ("host", "Three summers in one spot."),
            (
                "guest",
                "Exactly, yes. And it's the males that carry the eggs, so protecting those patches protects the next generation.",
            ),
            ("host", "What's the main threat here?"),
            (
                "guest",
                "Boat anchors. Every summer hundreds of yachts drop anchor here, and the chains scour the seagrass down to bare sand.",
            ),
            (
                "diver",
                "You can see the circles from the surface. It's like someone has used a giant compass.",
            ),
            ("host", "Is anything being done?"),
            (
                "guest",
                "Since 2021 there are eco-moorings that float above the seabed, and we've seen the grass grow back around 12 of them.",
            ),
            ("host", "And if people want to help?"),
            (
                "diver",
                "Join a survey weekend. We train volunteers every April, and you only need a basic diving qualification.",
            ),
        ],
    },
    "c_roman_villa_dig": {
        "turns": [
            (
                "host",
                "Welcome to Dig Diaries. We're at the edge of a barley field near Cirencester, where a Roman villa turned up in a drone photo. The dig director is Helen Marsh.",
            ),
            ("director", "Hi. Sorry about the mud."),
            ("host", "So how did a drone find a villa?"),
            (
                "director",
                "The summer of 2022 was so dry that the crops above the buried walls ripened faster and turned yellow. A farmer's nephew flew his drone over and the whole floor plan was just there, like a drawing.",
            ),
            ("host", "Amazing. How big is it?"),
            (
                "director",
                "About 40 metres long, with at least fourteen rooms. We've opened three of them so far.",
            ),
            ("host", "And what have you found?"),
            (
                "director",
                "The best thing is a mosaic floor showing a dolphin and a sea god, which is odd this far from the coast.",
            ),
            ("host", "Why would someone inland want sea creatures on the floor?"),
            (
                "director",
                "My guess is it was fashionable. Wealthy owners copied designs from pattern books, a bit like choosing wallpaper from a catalogue today.",
            ),
            ("host", "Let's bring in one of the volunteers. Sam, how long have you been digging?"),
            (
                "volunteer",
                "This is my second season. I'm a retired postman, so I'm used to being outside in the rain.",
            ),
            ("host", "What's your favourite find?"),
            (
                "volunteer",
                "A little bronze hairpin with a hand on the end. I found it in the bottom of a drain on my third day.",
            ),
            ("host", "How is a dig like this paid for?"),
            (
                "director",
                "Mostly a lottery heritage grant of £85,000, plus the landowner lets us use the field for free between harvest and ploughing.",
            ),
            ("host", "So you only get a short window."),
            (
                "director",
                "Six weeks each autumn. Then we cover everything with a membrane and soil so the mosaic survives the winter.",
            ),
            ("host", "Will the public be able to see it?"),
            (
                "director",
                "There's an open day on the last Saturday of September. After that, the mosaic will be recorded in 3D and reburied, because lifting it would cost far more than we have.",
            ),
        ],
    },
    "c_bronze_age_dig": {
        "turns": [
            (
                "host",
                "Today's episode comes from a peat bog in Cambridgeshire, where archaeologists are digging out a Bronze Age settlement built on stilts. I'm with site manager Dev Kapoor and student Lucy Hart.",
            ),
            ("archaeologist", "Welcome to the wettest dig in England."),
            ("host", "Why is being wet such a good thing here?"),
            (
                "archaeologist",
                "Because wood, rope and even food only survive where there's no oxygen. The peat has kept everything sealed for about 3,000 years.",
            ),
            ("host", "What sort of food?"),
            (
                "archaeologist",
                "We found a wooden bowl with porridge still in it, and a spoon resting inside. It looks like someone left in a hurry.",
            ),
            ("host", "Why would they leave in a hurry?"),
            (
                "archaeologist",
                "The houses burned down and collapsed into the river. Whether it was an attack or an accident, we honestly don't know yet.",
            ),
            (
                "student",
                "I think it was an accident. There are no weapons in the burnt layer at all.",
            ),
            (
                "archaeologist",
                "Lucy and I disagree on that one. I'd point out that raiders would have taken any weapons with them.",
            ),
            ("host", "Lucy, what's it like digging here day to day?"),
            (
                "student",
                "Cold and very careful. Every bit of wood has to be kept wet with sprayers, or it cracks within an hour.",
            ),
            ("host", "Within an hour?"),
            ("student", "Yes, it dries out that fast. We spray everything every twenty minutes."),
            ("host", "How many houses have you uncovered?"),
            (
                "archaeologist",
                "Five roundhouses so far, linked by a wooden walkway. There could be ten more under the field next door.",
            ),
            ("host", "And what happens to all this wood afterwards?"),
            (
                "archaeologist",
                "It goes to a conservation lab in York, where it soaks in a wax solution for up to two years before it can be handled safely.",
            ),
            ("host", "Finally, any favourite object?"),
            (
                "student",
                "A tiny glass bead, blue, that must have come from the Mediterranean. It shows how far things travelled even then.",
            ),
        ],
    },
    "c_volcano_gas_drones": {
        "turns": [
            (
                "host",
                "On today's show we're talking about how scientists smell a volcano before it erupts. My guest is Carlos Mendes, a volcanologist who works on Masaya in Nicaragua.",
            ),
            ("guest", "Thanks for having me."),
            ("host", "Smell it? Really?"),
            (
                "guest",
                "More or less. When magma rises, it releases gases like sulphur dioxide and carbon dioxide, and the ratio between them changes before an eruption.",
            ),
            ("host", "How do you measure that?"),
            (
                "guest",
                "We used to walk up to the crater rim with handheld sensors, which was dangerous and exhausting. Now we fly drones through the plume.",
            ),
            ("host", "What does a drone like that cost?"),
            (
                "guest",
                "The drone itself is cheap, maybe $4,000. The gas sensor it carries is closer to $20,000, so we're very careful with it.",
            ),
            ("host", "Have you lost any?"),
            (
                "guest",
                "One. The acid in the plume corroded the motors and it dropped straight into the lava lake in 2019.",
            ),
            ("host", "Ouch."),
            ("guest", "We laughed about it later. Not that day."),
            ("host", "So what's the warning sign you're looking for?"),
            (
                "guest",
                "A jump in carbon dioxide relative to sulphur. Carbon dioxide escapes from deeper magma, so when it rises sharply, fresh magma is probably moving up.",
            ),
            ("host", "How much notice does that give?"),
            (
                "guest",
                "Anywhere from a few days to a couple of weeks. It's not a precise countdown, and I always stress that to local officials.",
            ),
            ("host", "Do people living nearby trust the warnings?"),
            (
                "guest",
                "Mostly, because we involve them. Farmers around the park send us photos when the plume changes colour, and a few of them spotted changes before our instruments did.",
            ),
            ("host", "What would you improve if money were no object?"),
            (
                "guest",
                "Permanent gas stations around the whole rim, sending data every minute. Right now we only get readings when we can fly.",
            ),
        ],
    },
    "c_volcano_seismic_network": {
        "turns": [
            (
                "host",
                "Welcome to Deep Time. This week, earthquakes as an early warning system. I'm with seismologist Kristin Eriksdottir and field technician Jonas Berg, who look after a network of sensors on the Reykjanes peninsula in Iceland.",
            ),
            ("guest", "Good to be here."),
            ("technician", "Hello."),
            ("host", "Kristin, why listen to earthquakes at a volcano?"),
            (
                "guest",
                "Because magma has to break rock to move. Each crack makes a tiny quake, and when we plot thousands of them we can watch the magma path forming underground.",
            ),
            ("host", "Thousands?"),
            (
                "guest",
                "On a busy day in 2023 we recorded over 20,000 small earthquakes. Most were too weak for anyone to feel.",
            ),
            ("host", "Jonas, how many instruments are out there?"),
            (
                "technician",
                "Forty-six seismometers at the moment. About a third are buried in lava fields you can only reach on foot or by helicopter.",
            ),
            ("host", "What's the hardest part of maintaining them?"),
            (
                "technician",
                "Winter. Snow buries the solar panels, so each station has a battery that has to survive weeks of darkness, and sometimes it doesn't.",
            ),
            ("host", "What happens then?"),
            (
                "technician",
                "Then I go out with a snowmobile and a spare battery weighing 30 kilos. Not my favourite job.",
            ),
            ("host", "Kristin, how does the data reach you?"),
            (
                "guest",
                "Every station streams to our office in Reykjavik by mobile network or satellite, with a delay of under two seconds.",
            ),
            ("host", "And did the network actually work when it mattered?"),
            (
                "guest",
                "It did. Before the fissure opened near Grindavik, the quakes lined up along a 15-kilometre strip, and that pattern is why the town was evacuated the night before.",
            ),
            ("host", "That must have been an extraordinary night."),
            (
                "guest",
                "It was terrifying and also, scientifically, the clearest signal I've ever seen. I'd say seismometers alone aren't enough, though, so we combine them with GPS that shows the ground swelling.",
            ),
            (
                "technician",
                "I'd disagree slightly. In my view more seismometers closer to the fissures would tell us more than extra GPS.",
            ),
        ],
    },
    "c_swift_geolocators": {
        "turns": [
            (
                "host",
                "Hello and welcome to Wingspan. Every May, swifts scream over our rooftops, and then in August they vanish. My guest, Rosa Lindqvist, has been finding out where they go.",
            ),
            ("guest", "Hi. And yes, the screaming is the best sound of summer."),
            ("host", "How do you follow a bird that small?"),
            (
                "guest",
                "We fit a geolocator, which weighs less than a paperclip, about 0.6 grams. It records light levels, and from day length and sunrise times we can work out roughly where the bird was.",
            ),
            ("host", "Roughly?"),
            (
                "guest",
                "Within about 200 kilometres. Good enough to see the route, not to find a particular tree.",
            ),
            ("host", "And you have to get the device back?"),
            (
                "guest",
                "That's the catch. It doesn't transmit, so we have to recatch the same swift a year later at its nest box.",
            ),
            ("host", "How often does that work?"),
            (
                "guest",
                "We fitted 30 in 2021 and got 11 back. That's a decent rate for swifts, honestly.",
            ),
            ("host", "So where do they go?"),
            (
                "guest",
                "South over Spain and the Sahara to the Congo basin, then down as far as Mozambique. They cover over 20,000 kilometres a year.",
            ),
            ("host", "Without landing?"),
            (
                "guest",
                "Almost never. They eat, drink and even sleep on the wing. A young swift may not touch down for two or three years.",
            ),
            ("host", "That's incredible."),
            (
                "guest",
                "It is. It's the one fact that makes every school group go completely silent.",
            ),
            ("host", "Are swift numbers falling?"),
            (
                "guest",
                "By about 60% in the UK since the mid-nineties. The big problem is nest sites, because modern buildings have no gaps under the roof.",
            ),
            ("host", "What can people do?"),
            (
                "guest",
                "Put up a swift brick or a nest box high on a wall, facing away from direct sun. And if you're renovating, ask the builder to leave the old gaps open.",
            ),
        ],
    },
    "c_godwit_satellite": {
        "turns": [
            (
                "host",
                "You're listening to Science Hour. Our guest is Daniel Fairweather, who tracks bar-tailed godwits, and we'll take your calls later.",
            ),
            ("guest", "Happy to be here."),
            ("host", "Daniel, these godwits hold a record, don't they?"),
            (
                "guest",
                "They do. In 2022 a young godwit flew from Alaska to Tasmania without stopping, about 13,500 kilometres in eleven days.",
            ),
            ("host", "Eleven days non-stop. How do they manage?"),
            (
                "guest",
                "Before leaving they almost double their body weight in fat, and their stomach and gut actually shrink, so they carry less useless weight.",
            ),
            ("host", "And you track them with satellite tags?"),
            (
                "guest",
                "Solar-powered ones, about 5 grams, fitted like a tiny backpack. Unlike older loggers, they send positions every few hours, so we can watch the flight live.",
            ),
            ("host", "We have a caller. Go ahead, you're on air."),
            ("caller", "Hi, I'm a birdwatcher in Norfolk. Do these birds ever come to Britain?"),
            (
                "guest",
                "Great question. The Alaskan population doesn't, but a different population winters on our estuaries, including the Wash, which you might know.",
            ),
            ("caller", "I do, I've seen them there. Thanks!"),
            ("host", "Daniel, what do the birds need most?"),
            (
                "guest",
                "Stopover sites. On the way north they refuel on the mudflats of the Yellow Sea, and around two thirds of those mudflats have been lost to land reclamation.",
            ),
            ("host", "That's a huge loss."),
            (
                "guest",
                "It is, and that's where the declines come from, not the breeding grounds. Some of it is now protected as a World Heritage Site, which gives me hope.",
            ),
            ("host", "What's next for your project?"),
            (
                "guest",
                "We want to tag twenty more juveniles next season, to see how first-timers find the route with no adult to follow.",
            ),
        ],
    },
    "c_wastewater_resistance": {
        "turns": [
            (
                "host",
                "This is The Lab Bench. Today, what sewage can tell us about superbugs. My guest is microbiologist Fatima Haddad.",
            ),
            ("guest", "Thanks. I promise it's less disgusting than it sounds."),
            ("host", "Let's start simple. What is antibiotic resistance?"),
            (
                "guest",
                "It's when bacteria change so the drugs we use no longer kill them. Every time we use antibiotics, the few bacteria that survive pass on their resistance.",
            ),
            ("host", "And why look in sewage?"),
            (
                "guest",
                "Because a whole city flushes into one place. One sample from a treatment plant tells us about the bacteria of maybe 300,000 people, without testing anyone individually.",
            ),
            ("host", "How often do you sample?"),
            (
                "guest",
                "Twice a week, from nine plants across the region. Each sample is a litre, collected over 24 hours.",
            ),
            ("host", "What do you actually look for?"),
            (
                "guest",
                "Resistance genes. We sequence all the DNA in the sample and count the genes that let bacteria survive drugs like carbapenems, which are our last line of defence.",
            ),
            ("host", "Have you found anything worrying?"),
            (
                "guest",
                "Last winter one plant showed a gene we'd never seen there, three weeks before the local hospital had its first case.",
            ),
            ("host", "Three weeks' warning."),
            (
                "guest",
                "Right. That gave the hospital time to screen patients on admission and keep the outbreak to four people.",
            ),
            ("host", "Is there any privacy concern with testing sewage?"),
            (
                "guest",
                "We can't identify anyone, and the samples are pooled. Still, I think the public deserves to know it's happening, which is why we publish results online every month.",
            ),
            ("host", "What's the single biggest driver of resistance, in your view?"),
            (
                "guest",
                "Overuse in farming, globally. In many countries more antibiotics go into livestock than into people.",
            ),
        ],
    },
    "c_soil_antibiotic_hunt": {
        "turns": [
            (
                "host",
                "Welcome to Curious Minds. Most antibiotics we use came from soil microbes, and my guest, Ben Okafor, is asking the public to help find new ones. Ben, hello.",
            ),
            ("guest", "Hello, and thanks for the invitation."),
            ("host", "Why soil?"),
            (
                "guest",
                "A single teaspoon of soil holds billions of bacteria, all fighting each other with chemical weapons. Penicillin, streptomycin, most of the classics came from that war.",
            ),
            ("host", "So why haven't we found new ones lately?"),
            (
                "guest",
                "We kept digging in the same places and finding the same compounds. Companies also lost interest, because a new antibiotic earns little money when doctors are told to use it sparingly.",
            ),
            ("host", "That's a strange economic trap."),
            (
                "guest",
                "It is. I'd argue governments should pay a fixed reward for each new drug, whatever the sales.",
            ),
            ("host", "Tell me about the citizen science project."),
            (
                "guest",
                "People send us a small bag of soil from their garden, a park or a holiday spot. So far we've received about 4,500 samples from 60 countries.",
            ),
            ("host", "What happens to a sample?"),
            (
                "guest",
                "A student grows the bacteria on plates next to harmless test bugs, and looks for clear rings where nothing can grow.",
            ),
            ("host", "And a clear ring means what?"),
            (
                "guest",
                "Something in that bacterium is killing its neighbours. That's where the interesting chemistry starts.",
            ),
            ("host", "Any promising leads?"),
            (
                "guest",
                "One sample from a churchyard in Wales produced a compound that kills MRSA in the lab. It's years away from patients, if it gets there at all.",
            ),
            ("host", "Why so long?"),
            (
                "guest",
                "Most compounds that kill bacteria also harm human cells. Testing safety usually takes ten years and hundreds of millions of pounds.",
            ),
            ("host", "How can listeners take part?"),
            (
                "guest",
                "Order a free kit from our website, fill it with a spoonful of soil, and post it back with a note of where you found it.",
            ),
        ],
    },
    "c_glacier_stake_survey": {
        "turns": [
            (
                "host",
                "Welcome to Cold Facts. I'm speaking to glaciologist Marco Bianchi from a hut at 2,800 metres in the Swiss Alps. Marco, can you hear me?",
            ),
            ("guest", "Yes, loud and clear, though the wind is picking up."),
            ("host", "You've measured the same glacier for how long now?"),
            (
                "guest",
                "Eighteen years. My supervisor started the record in 1989, and I took it over in 2006.",
            ),
            ("host", "How do you actually measure a glacier shrinking?"),
            (
                "guest",
                "We drill holes and put in wooden stakes, about ten metres long. Every September we come back and measure how much of each stake is sticking out, which tells us how much ice melted.",
            ),
            ("host", "And how much is it melting?"),
            (
                "guest",
                "In a normal year now, two to three metres of ice thickness at the snout. In 2022 it was over six metres, which shocked all of us.",
            ),
            ("host", "Why was 2022 so bad?"),
            (
                "guest",
                "Very little snow in winter, then Saharan dust settled on the glacier in spring. The dust darkened the surface, so it absorbed more sunlight.",
            ),
            ("host", "Has the front of the glacier moved much?"),
            (
                "guest",
                "It has retreated almost 900 metres since I started. There's a little sign on the path showing where the ice was in 1850, and it's a forty-minute walk from there to the ice today.",
            ),
            ("host", "Forty minutes."),
            ("guest", "Yes. Visitors are always stunned by that walk."),
            ("host", "Do you use any newer technology?"),
            (
                "guest",
                "Two time-lapse cameras take a photo every hour, and each autumn a drone maps the whole surface to within a few centimetres.",
            ),
            ("host", "What do you expect by the end of the century?"),
            (
                "guest",
                "Honestly, this glacier will probably be gone by 2080, even if emissions fall. Only the biggest Alpine glaciers have a chance of surviving in some form.",
            ),
            ("host", "How does that make you feel?"),
            (
                "guest",
                "Like I'm writing an obituary, slowly. But the record matters, because it helps predict water supply for the valleys below.",
            ),
        ],
    },
    "c_glacial_lake_flood": {
        "turns": [
            (
                "host",
                "This week on Cold Facts we go to the Himalaya, to a lake that formed where a glacier used to be. I'm joined by hydrologist Anjali Thapa and Pemba Sherpa, who chairs the village committee downstream.",
            ),
            ("guest", "Namaste, and thanks."),
            ("leader", "Thank you for the interest."),
            ("host", "Anjali, how did this lake appear?"),
            (
                "guest",
                "As the glacier melted back, the water got trapped behind a wall of loose rock and gravel the glacier had pushed up. In the 1960s it was a few ponds, and now it's about 1.5 kilometres long.",
            ),
            ("host", "Why is that dangerous?"),
            (
                "guest",
                "That rock wall isn't solid. If an avalanche falls into the lake, the wave can break through it and send millions of cubic metres of water down the valley in a few hours.",
            ),
            ("host", "Pemba, has that happened here before?"),
            (
                "leader",
                "In 1985 a lake in the next valley burst. My father remembers the river turning black and the bridge disappearing in minutes.",
            ),
            ("host", "What's being done now?"),
            (
                "guest",
                "In 2016 engineers dug a channel that lowered the lake by about three and a half metres. It doesn't remove the risk, but it buys time.",
            ),
            ("host", "And early warning?"),
            (
                "guest",
                "There are water level sensors at the lake, linked to sirens in six villages. If the level drops suddenly, the sirens go off.",
            ),
            (
                "leader",
                "We practise twice a year. Everyone knows to climb to the high ground above the school.",
            ),
            ("host", "Do people trust the sirens?"),
            (
                "leader",
                "Mostly. There was a false alarm in 2019 when a yak damaged a cable, and some people were angry. But I'd rather run for nothing than stay and drown.",
            ),
            ("host", "Anjali, is lowering the lake further an option?"),
            (
                "guest",
                "Technically, yes, but it's very expensive at 5,000 metres. I'd put money into better sensors first, while villagers like Pemba want a second channel.",
            ),
            ("leader", "We do. Sensors warn us, but a channel protects our houses and fields."),
        ],
    },
    "c_varroa_hygienic_bees": {
        "turns": [
            (
                "host",
                "Welcome to The Hive Mind. Today it's the tiny mite that has wiped out more honeybee colonies than anything else. I'm with bee researcher Elena Costa and beekeeper Gareth Jones.",
            ),
            ("guest", "Hello everyone."),
            ("beekeeper", "Morning."),
            ("host", "Elena, what is varroa?"),
            (
                "guest",
                "A mite about the size of a pinhead that feeds on bees, especially the young ones still in their cells. Worse, it spreads viruses, like deformed wing virus, which is what really kills the colony.",
            ),
            ("host", "Gareth, how do you deal with it?"),
            (
                "beekeeper",
                "I treat with an organic acid in winter, when there's no brood for the mites to hide in. It works, but it's a yearly chore for each of my 40 hives.",
            ),
            ("host", "Elena, your research is about breeding bees that fight back?"),
            (
                "guest",
                "Exactly, yes. Some bees can smell infested cells, uncap them and throw out the mite. We call it hygienic behaviour.",
            ),
            ("host", "How do you find those bees?"),
            (
                "guest",
                "We freeze a small patch of brood with liquid nitrogen, put it back in the hive, and count how many dead cells the bees have cleared after 24 hours. Colonies that clear over 95% are our candidates.",
            ),
            ("host", "And then?"),
            (
                "guest",
                "We breed queens from those colonies and give them to volunteer beekeepers. This year we sent out 120 queens.",
            ),
            (
                "beekeeper",
                "I had four of them. Two colonies did brilliantly, but one was so defensive I couldn't open it without getting stung through my gloves.",
            ),
            (
                "guest",
                "That's a real trade-off. Selecting hard for one trait can bring out bad temper, so we now score gentleness too.",
            ),
            ("host", "Could beekeepers stop treating one day?"),
            (
                "guest",
                "In some places, within ten to fifteen years, I think. But stopping too early just lets the mites win.",
            ),
            (
                "beekeeper",
                "I'm not convinced. I'll keep treating until the data shows otherwise, thanks.",
            ),
        ],
    },
    "c_urban_pollen_study": {
        "turns": [
            (
                "host",
                "On The Hive Mind this week, we ask what city honeybees actually eat. My guests are Naomi Park, who runs a pollen study, and Leo Brandt, a master's student on the project.",
            ),
            ("guest", "Hi, great to be here."),
            ("student", "Hello."),
            ("host", "Naomi, how do you find out what a bee has been eating?"),
            (
                "guest",
                "We fit a pollen trap at the hive entrance. It's a plastic grid that knocks a little pollen off the bees' legs as they walk in, and it drops into a drawer.",
            ),
            ("host", "Doesn't that starve the colony?"),
            (
                "guest",
                "No, it only collects about a tenth of what comes in, and we only run it one day a week.",
            ),
            ("host", "Leo, what do you do with the pollen?"),
            (
                "student",
                "I extract the DNA and sequence it, which tells us which plant species it came from. A single sample can contain over 50 species.",
            ),
            ("host", "So what are London bees eating?"),
            (
                "student",
                "A lot of garden plants and street trees. In spring it's mostly sycamore and horse chestnut, and in July lime trees dominate everything.",
            ),
            ("host", "Lime trees?"),
            (
                "guest",
                "Yes, the big avenue trees. When they flower, some hives bring in nearly a kilo of nectar a day.",
            ),
            ("host", "Any surprises?"),
            (
                "guest",
                "Brambles and buddleia on railway embankments turned out to be vital in late summer, when gardens are looking tired.",
            ),
            ("host", "Is there a gap in the year?"),
            (
                "student",
                "Early June, definitely. There's a hunger gap between spring blossom and the limes, and some colonies actually lost weight.",
            ),
            ("host", "What should councils and gardeners plant?"),
            (
                "guest",
                "Things that flower in early June, like cotoneaster, chives and clover in lawns. And please stop mowing every verge flat.",
            ),
            ("host", "Any downside to more hives in cities?"),
            (
                "guest",
                "Definitely. London now has so many hives that honeybees may be competing with wild bees, so I'd ask people to plant flowers before they buy a hive.",
            ),
        ],
    },
}

QUESTIONS = [
    # c_shark_tagging
    (
        "How did the shark scientist first get interested in sharks?",
        "c_shark_tagging",
        ["Honestly, by accident.", "I was counting jellyfish"],
    ),
    (
        "How long does it take to attach a tracker to a blue shark?",
        "c_shark_tagging",
        ["The whole thing takes"],
    ),
    (
        "Why does the crew have to work so fast when tagging?",
        "c_shark_tagging",
        ["The longer they're stressed"],
    ),
    (
        "How many blue sharks has the Cornwall project tagged?",
        "c_shark_tagging",
        ["Sixty-two since the project"],
    ),
    (
        "Why did the fishing fleet think the sharks there were mostly male?",
        "c_shark_tagging",
        ["It turns out the"],
    ),
    (
        "What's the price of one of the shark satellite tags and how long does it last?",
        "c_shark_tagging",
        ["Each one costs around", "The battery lasts about"],
    ),
    (
        "How did lost shark tags get returned from Portugal?",
        "c_shark_tagging",
        ["Some of them fall", "We put a return"],
    ),
    ("How far did the shark called Marlow swim?", "c_shark_tagging", ["One female we named"]),
    (
        "What does she see as the biggest threat to blue sharks?",
        "c_shark_tagging",
        ["Bycatch, without a doubt.", "Longline boats catch blue"],
    ),
    (
        "What does the shark biologist recommend people do when buying fish?",
        "c_shark_tagging",
        ["Ask where your fish", "Line-caught from a managed"],
    ),
    # c_seahorse_tagging
    (
        "Why can't the team use satellite trackers on seahorses?",
        "c_seahorse_tagging",
        ["No, they're far too"],
    ),
    (
        "How do divers recognise individual seahorses?",
        "c_seahorse_tagging",
        ["We use tiny coloured"],
    ),
    (
        "How did they make sure the collars didn't harm the animals?",
        "c_seahorse_tagging",
        ["We tested them in"],
    ),
    (
        "Why is it so hard to spot seahorses during a survey dive?",
        "c_seahorse_tagging",
        ["You're lying flat over"],
    ),
    (
        "How many seahorses might a volunteer see on a good dive?",
        "c_seahorse_tagging",
        ["On a good day"],
    ),
    (
        "How long has the seahorse BTR stayed in the same area?",
        "c_seahorse_tagging",
        ["One male, code BTR,"],
    ),
    (
        "Why does protecting the males' patches matter for the population?",
        "c_seahorse_tagging",
        ["And it's the males"],
    ),
    (
        "What is damaging the seagrass in Studland Bay?",
        "c_seahorse_tagging",
        ["Every summer hundreds of"],
    ),
    (
        "What does the anchor damage look like from the surface?",
        "c_seahorse_tagging",
        ["You can see the"],
    ),
    (
        "Has the seagrass recovered anywhere since the new moorings went in?",
        "c_seahorse_tagging",
        ["Since 2021 there are"],
    ),
    (
        "When does the seahorse project train new volunteer divers?",
        "c_seahorse_tagging",
        ["We train volunteers every"],
    ),
    # c_roman_villa_dig
    (
        "How was the Roman villa near Cirencester discovered?",
        "c_roman_villa_dig",
        ["The summer of 2022", "A farmer's nephew flew"],
    ),
    (
        "How large is the villa and how many rooms does it have?",
        "c_roman_villa_dig",
        ["About 40 metres long,"],
    ),
    ("What picture is on the villa's mosaic?", "c_roman_villa_dig", ["The best thing is"]),
    (
        "Why would a house far from the sea have a marine-themed floor?",
        "c_roman_villa_dig",
        ["My guess is it", "Wealthy owners copied designs"],
    ),
    (
        "What job did the volunteer Sam do before retiring?",
        "c_roman_villa_dig",
        ["I'm a retired postman,"],
    ),
    ("Where exactly did Sam dig up the bronze hairpin?", "c_roman_villa_dig", ["I found it in"]),
    ("Who pays for the villa excavation?", "c_roman_villa_dig", ["Mostly a lottery heritage"]),
    ("How long can they excavate each year?", "c_roman_villa_dig", ["Six weeks each autumn."]),
    (
        "Why won't the mosaic be taken up and put on display?",
        "c_roman_villa_dig",
        ["After that, the mosaic"],
    ),
    # c_bronze_age_dig
    (
        "Why does the peat preserve wooden objects so well?",
        "c_bronze_age_dig",
        ["Because wood, rope and"],
    ),
    ("What did they find inside the wooden bowl?", "c_bronze_age_dig", ["We found a wooden"]),
    ("What happened to the houses on stilts?", "c_bronze_age_dig", ["The houses burned down"]),
    (
        "Why does the student think the fire wasn't a raid?",
        "c_bronze_age_dig",
        ["There are no weapons"],
    ),
    (
        "How does the site manager argue against the student's accident theory?",
        "c_bronze_age_dig",
        ["I'd point out that"],
    ),
    (
        "How often do they have to wet the ancient timber?",
        "c_bronze_age_dig",
        ["We spray everything every"],
    ),
    (
        "How many Bronze Age houses have been uncovered in the bog?",
        "c_bronze_age_dig",
        ["Five roundhouses so far,"],
    ),
    (
        "Where is the excavated wood conserved and how long does it take?",
        "c_bronze_age_dig",
        ["It goes to a"],
    ),
    (
        "What does the blue bead tell us about the people who lived there?",
        "c_bronze_age_dig",
        ["A tiny glass bead,", "It shows how far"],
    ),
    # c_volcano_gas_drones
    (
        "Why does the mix of volcanic gases change before an eruption?",
        "c_volcano_gas_drones",
        ["When magma rises, it"],
    ),
    (
        "How were gas readings taken at Masaya before they had drones?",
        "c_volcano_gas_drones",
        ["We used to walk"],
    ),
    (
        "How much does the gas sensor on the drone cost?",
        "c_volcano_gas_drones",
        ["The gas sensor it"],
    ),
    (
        "What happened to the drone that crashed at the volcano?",
        "c_volcano_gas_drones",
        ["The acid in the"],
    ),
    (
        "What gas signal suggests new magma is rising?",
        "c_volcano_gas_drones",
        ["A jump in carbon", "Carbon dioxide escapes from"],
    ),
    (
        "How much warning do gas measurements give before an eruption?",
        "c_volcano_gas_drones",
        ["Anywhere from a few"],
    ),
    (
        "How do farmers near the volcano help the scientists?",
        "c_volcano_gas_drones",
        ["Farmers around the park"],
    ),
    (
        "What would the volcanologist set up if he had unlimited funding?",
        "c_volcano_gas_drones",
        ["Permanent gas stations around"],
    ),
    # c_volcano_seismic_network
    (
        "Why do small earthquakes show where magma is moving?",
        "c_volcano_seismic_network",
        ["Because magma has to", "Each crack makes a"],
    ),
    (
        "What was the highest number of quakes recorded in a single day?",
        "c_volcano_seismic_network",
        ["On a busy day"],
    ),
    (
        "How many seismometers are in the Reykjanes network?",
        "c_volcano_seismic_network",
        ["Forty-six seismometers at the"],
    ),
    (
        "Why is winter so hard on the sensor stations?",
        "c_volcano_seismic_network",
        ["Snow buries the solar"],
    ),
    (
        "What does the technician do when a station's battery dies?",
        "c_volcano_seismic_network",
        ["Then I go out"],
    ),
    (
        "How fast does the earthquake data get to the office?",
        "c_volcano_seismic_network",
        ["Every station streams to"],
    ),
    (
        "Why was Grindavik evacuated before the eruption?",
        "c_volcano_seismic_network",
        ["Before the fissure opened"],
    ),
    (
        "What do the seismologist and the technician disagree about?",
        "c_volcano_seismic_network",
        ["I'd say seismometers alone", "In my view more"],
    ),
    # c_swift_geolocators
    (
        "How much does the tracking device on a swift weigh?",
        "c_swift_geolocators",
        ["We fit a geolocator,"],
    ),
    (
        "How precise are the swift location estimates?",
        "c_swift_geolocators",
        ["Within about 200 kilometres."],
    ),
    (
        "Why do researchers need to catch the same swift a second time?",
        "c_swift_geolocators",
        ["It doesn't transmit, so"],
    ),
    ("How many of the swift loggers were recovered?", "c_swift_geolocators", ["We fitted 30 in"]),
    (
        "Where do swifts from Britain spend the winter?",
        "c_swift_geolocators",
        ["South over Spain and"],
    ),
    (
        "How long can a young swift stay airborne without landing?",
        "c_swift_geolocators",
        ["A young swift may"],
    ),
    ("How much have swift numbers dropped in the UK?", "c_swift_geolocators", ["By about 60% in"]),
    (
        "Why are swifts running out of places to nest?",
        "c_swift_geolocators",
        ["The big problem is"],
    ),
    (
        "What can homeowners do to help swifts?",
        "c_swift_geolocators",
        ["Put up a swift", "And if you're renovating,"],
    ),
    # c_godwit_satellite
    (
        "How far did the record-setting godwit fly without a break?",
        "c_godwit_satellite",
        ["In 2022 a young"],
    ),
    (
        "How do godwits get their bodies ready for the long flight?",
        "c_godwit_satellite",
        ["Before leaving they almost"],
    ),
    (
        "How heavy are the tags fitted to the godwits?",
        "c_godwit_satellite",
        ["Solar-powered ones, about 5"],
    ),
    (
        "What's better about the new godwit tags compared with older ones?",
        "c_godwit_satellite",
        ["Unlike older loggers, they"],
    ),
    (
        "Does the Alaskan godwit population ever reach Britain?",
        "c_godwit_satellite",
        ["The Alaskan population doesn't,"],
    ),
    (
        "What is causing godwit numbers to fall?",
        "c_godwit_satellite",
        ["On the way north", "It is, and that's"],
    ),
    (
        "What makes the godwit researcher hopeful about the stopover sites?",
        "c_godwit_satellite",
        ["Some of it is"],
    ),
    ("What is the godwit team planning for next season?", "c_godwit_satellite", ["We want to tag"]),
    # c_wastewater_resistance
    (
        "How does using antibiotics lead to resistant bacteria?",
        "c_wastewater_resistance",
        ["Every time we use"],
    ),
    (
        "Why test sewage instead of testing people?",
        "c_wastewater_resistance",
        ["Because a whole city", "One sample from a"],
    ),
    (
        "How often are the treatment plants sampled?",
        "c_wastewater_resistance",
        ["Twice a week, from"],
    ),
    (
        "How do they find resistance genes in a wastewater sample?",
        "c_wastewater_resistance",
        ["We sequence all the"],
    ),
    (
        "How early did the sewage testing spot the new gene before the hospital case?",
        "c_wastewater_resistance",
        ["Last winter one plant"],
    ),
    (
        "How many people caught the resistant infection in the outbreak?",
        "c_wastewater_resistance",
        ["That gave the hospital"],
    ),
    (
        "Why does the microbiologist publish the sewage results?",
        "c_wastewater_resistance",
        ["Still, I think the"],
    ),
    (
        "What does she think is the main cause of antibiotic resistance worldwide?",
        "c_wastewater_resistance",
        ["Overuse in farming, globally.", "In many countries more"],
    ),
    # c_soil_antibiotic_hunt
    (
        "Why is soil such a good place to look for antibiotics?",
        "c_soil_antibiotic_hunt",
        ["A single teaspoon of"],
    ),
    (
        "Why did drug companies lose interest in new antibiotics?",
        "c_soil_antibiotic_hunt",
        ["Companies also lost interest,"],
    ),
    (
        "What does Ben think governments should do about the antibiotic market?",
        "c_soil_antibiotic_hunt",
        ["I'd argue governments should"],
    ),
    (
        "How many soil samples have people sent in so far?",
        "c_soil_antibiotic_hunt",
        ["So far we've received"],
    ),
    (
        "How are the soil bacteria screened in the lab?",
        "c_soil_antibiotic_hunt",
        ["A student grows the"],
    ),
    (
        "What does a clear ring on the plate show?",
        "c_soil_antibiotic_hunt",
        ["Something in that bacterium"],
    ),
    (
        "Where did the soil that produced an anti-MRSA compound come from?",
        "c_soil_antibiotic_hunt",
        ["One sample from a"],
    ),
    (
        "Why does it take so long to turn a promising compound into a medicine?",
        "c_soil_antibiotic_hunt",
        ["Most compounds that kill", "Testing safety usually takes"],
    ),
    (
        "How can members of the public join the soil project?",
        "c_soil_antibiotic_hunt",
        ["Order a free kit"],
    ),
    # c_glacier_stake_survey
    (
        "When did measurements on the Alpine glacier first start?",
        "c_glacier_stake_survey",
        ["My supervisor started the"],
    ),
    (
        "How do the wooden stakes show how much ice has melted?",
        "c_glacier_stake_survey",
        ["Every September we come"],
    ),
    (
        "How much ice was lost at the glacier snout in 2022?",
        "c_glacier_stake_survey",
        ["In 2022 it was"],
    ),
    (
        "What made the 2022 melt so severe?",
        "c_glacier_stake_survey",
        ["Very little snow in", "The dust darkened the"],
    ),
    (
        "How far has the glacier front retreated since Marco started?",
        "c_glacier_stake_survey",
        ["It has retreated almost"],
    ),
    (
        "How long is the walk from the 1850 ice marker to the glacier now?",
        "c_glacier_stake_survey",
        ["There's a little sign"],
    ),
    (
        "What newer equipment is used to monitor the glacier?",
        "c_glacier_stake_survey",
        ["Two time-lapse cameras take"],
    ),
    (
        "By when does he expect the glacier to have disappeared?",
        "c_glacier_stake_survey",
        ["Honestly, this glacier will"],
    ),
    (
        "Why does he think the long glacier record still matters?",
        "c_glacier_stake_survey",
        ["But the record matters,"],
    ),
    # c_glacial_lake_flood
    ("How did the Himalayan lake come to form?", "c_glacial_lake_flood", ["As the glacier melted"]),
    (
        "How big has the glacial lake become since the 1960s?",
        "c_glacial_lake_flood",
        ["In the 1960s it"],
    ),
    ("What could make the glacial lake burst?", "c_glacial_lake_flood", ["If an avalanche falls"]),
    (
        "What does Pemba's father remember about the flood in 1985?",
        "c_glacial_lake_flood",
        ["My father remembers the"],
    ),
    (
        "How much did the 2016 channel lower the water level?",
        "c_glacial_lake_flood",
        ["In 2016 engineers dug"],
    ),
    (
        "How are villagers warned if the lake starts to drain?",
        "c_glacial_lake_flood",
        ["There are water level", "If the level drops"],
    ),
    (
        "Where do villagers go when the sirens sound?",
        "c_glacial_lake_flood",
        ["Everyone knows to climb"],
    ),
    ("What set off the false alarm?", "c_glacial_lake_flood", ["There was a false"]),
    (
        "How do the hydrologist and the village chair disagree about spending?",
        "c_glacial_lake_flood",
        ["I'd put money into", "Sensors warn us, but"],
    ),
    # c_varroa_hygienic_bees
    (
        "What is it about varroa that actually kills a colony?",
        "c_varroa_hygienic_bees",
        ["Worse, it spreads viruses,"],
    ),
    (
        "Why does the beekeeper treat for mites in winter?",
        "c_varroa_hygienic_bees",
        ["I treat with an"],
    ),
    ("How many hives does Gareth have?", "c_varroa_hygienic_bees", ["It works, but it's"]),
    ("What do hygienic bees do?", "c_varroa_hygienic_bees", ["Some bees can smell"]),
    (
        "How do researchers test whether a colony is hygienic?",
        "c_varroa_hygienic_bees",
        ["We freeze a small", "Colonies that clear over"],
    ),
    (
        "How many queens went out to volunteer beekeepers this year?",
        "c_varroa_hygienic_bees",
        ["This year we sent"],
    ),
    (
        "What went wrong with one of the bred queens the beekeeper received?",
        "c_varroa_hygienic_bees",
        ["Two colonies did brilliantly,"],
    ),
    (
        "What did the breeding programme change because of aggressive bees?",
        "c_varroa_hygienic_bees",
        ["Selecting hard for one"],
    ),
    (
        "Does the beekeeper agree he can stop treating soon?",
        "c_varroa_hygienic_bees",
        ["I'm not convinced.", "I'll keep treating until"],
    ),
    # c_urban_pollen_study
    (
        "How do researchers collect pollen from the bees?",
        "c_urban_pollen_study",
        ["We fit a pollen", "It's a plastic grid"],
    ),
    (
        "Why doesn't the pollen trap starve the hive?",
        "c_urban_pollen_study",
        ["No, it only collects"],
    ),
    (
        "How do they work out which plants the pollen came from?",
        "c_urban_pollen_study",
        ["I extract the DNA"],
    ),
    (
        "Which trees do London bees rely on in spring and summer?",
        "c_urban_pollen_study",
        ["In spring it's mostly"],
    ),
    (
        "How much nectar can a hive bring in when the limes are flowering?",
        "c_urban_pollen_study",
        ["When they flower, some"],
    ),
    (
        "Which plants turned out to matter for bees in late summer?",
        "c_urban_pollen_study",
        ["Brambles and buddleia on"],
    ),
    (
        "When is food scarce for city bees?",
        "c_urban_pollen_study",
        ["Early June, definitely.", "There's a hunger gap"],
    ),
    (
        "What should gardeners plant to help bees through the gap?",
        "c_urban_pollen_study",
        ["Things that flower in"],
    ),
    (
        "Why is Naomi worried about adding more hives in London?",
        "c_urban_pollen_study",
        ["London now has so"],
    ),
]
