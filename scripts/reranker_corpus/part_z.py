"""Crafts and repair trades conversations with paraphrased questions for re-ranker training  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "z_tailor_wedding_call": {
        "turns": [
            ("tailor", "Hartley and Sons Tailoring, this is Priya speaking. How can I help?"),
            (
                "caller",
                "Hi. I've bought a navy suit off the peg for my brother's wedding and it needs some work. The wedding is on the 14th of June.",
            ),
            ("tailor", "Right. What needs doing?"),
            (
                "caller",
                "The sleeves are too long and the trousers drag on the floor. The jacket also feels loose around the waist.",
            ),
            (
                "tailor",
                "Okay. Shortening sleeves is straightforward if the cuffs have no working buttons. Does yours have real buttonholes at the cuff?",
            ),
            ("caller", "I think they're just sewn on, the buttons don't undo."),
            (
                "tailor",
                "Good, that keeps the price down. Sleeves would be £35, trouser hems £18, and taking in the jacket waist is £45.",
            ),
            ("caller", "So about a hundred pounds all in?"),
            (
                "tailor",
                "Ninety eight, yes. If the sleeves had working cuffs we'd have to shorten them from the shoulder instead, and that's closer to £90 on its own.",
            ),
            ("caller", "Wow. Glad I avoided that. How long would it take?"),
            (
                "tailor",
                "Normally ten working days. We're busy in May with weddings, so I'd say bring it in before the 20th of May to be safe.",
            ),
            ("caller", "Could I come in on Saturday?"),
            (
                "tailor",
                "Saturday works. We do fittings between 9 and 1. Bring the shoes you'll wear on the day, because the trouser length depends on the heel.",
            ),
            ("caller", "Oh, I hadn't thought of that. And should I wear a shirt?"),
            (
                "tailor",
                "Yes, a proper dress shirt, so we can see how much cuff shows. We usually aim for about a centimetre of shirt below the jacket sleeve.",
            ),
            ("caller", "Makes sense. Do I pay upfront?"),
            ("tailor", "We take a deposit of £20 at the fitting and the rest when you collect."),
            ("caller", "Great, thanks Priya. See you Saturday."),
        ],
    },
    "z_tailor_shop_podcast": {
        "turns": [
            (
                "host",
                "This is Small Trades, and today I'm with Marcus Oyelaran, who runs an alterations and repair shop in Bristol. Marcus, how did you get into tailoring?",
            ),
            (
                "guest",
                "My grandmother was a dressmaker in Lagos, so I grew up around sewing machines. Then at 19 I got an apprenticeship with a bespoke tailor in Leeds and stayed six years.",
            ),
            ("host", "Six years is a long time."),
            (
                "guest",
                "It is. The first year I only did buttonholes and basting. I must have sewn two thousand buttonholes by hand before they let me near a jacket.",
            ),
            ("host", "And then you went out on your own?"),
            (
                "guest",
                "In 2019, yes. I first wanted to make bespoke suits, but the rent in Clifton was £2,400 a month and bespoke is slow money. So I opened an alterations shop in Bedminster instead, where the rent was about half that.",
            ),
            ("host", "Was that the right call?"),
            (
                "guest",
                "Definitely. Alterations pay the bills. Bespoke is maybe 10% of my income now, a few suits a year.",
            ),
            ("host", "What's the most common job you get?"),
            (
                "guest",
                "Trouser hems, by far. Then zips. People bring in jeans with broken zips every single day.",
            ),
            ("host", "Do you see more people repairing clothes than before?"),
            (
                "guest",
                "Much more. Since 2022 our repair work has gone up by roughly a third. I think it's the cost of living, and also younger customers who care about waste.",
            ),
            ("host", "Is there any job you refuse?"),
            (
                "guest",
                "Leather and heavy waterproofs. My machines can't handle them, and a bad job on a £600 jacket is a disaster, so I send those to a specialist in Bath.",
            ),
            ("host", "Fair enough. What about hiring?"),
            (
                "guest",
                "I have two staff now. I'd love an apprentice, but the funding paperwork put me off last year.",
            ),
            ("host", "Final question. What's your advice for someone who wants to start?"),
            (
                "guest",
                "Learn to fit before you learn to sew. Anyone can sew a straight seam, but seeing why a jacket pulls across the back takes years.",
            ),
        ],
    },
    "z_cobbler_boot_call": {
        "turns": [
            ("cobbler", "Kemp's Shoe Repairs, Dave speaking."),
            (
                "caller",
                "Hello, I've got a pair of brown leather boots, Goodyear welted I think, and the soles are worn right through at the heel. Can they be resoled?",
            ),
            ("cobbler", "If they're welted, yes, easily. Do you know the make?"),
            ("caller", "They're Cheaney boots, about eight years old."),
            (
                "cobbler",
                "Lovely. Those are worth doing. A full leather sole and heel is £95, or a rubber Dainite sole is £85.",
            ),
            ("caller", "Which would you recommend?"),
            ("cobbler", "Where do you wear them mostly?"),
            ("caller", "Walking the dog, mostly on wet grass and pavements."),
            (
                "cobbler",
                "Then go for rubber. Leather soles get slippery in the wet and wear fast on pavement. The Dainite will last you three or four years easily.",
            ),
            ("caller", "Okay. The leather on the toe is a bit scuffed too."),
            (
                "cobbler",
                "We can recolour and polish them for £12 extra. It won't hide deep cuts, mind.",
            ),
            ("caller", "That's fine. How long does it take?"),
            (
                "cobbler",
                "About two weeks. We send welted jobs to our workshop in Northampton on Tuesdays, so if you drop them in by Monday they go that week.",
            ),
            ("caller", "Can I post them instead? I live about an hour away."),
            (
                "cobbler",
                "Yes, lots of people do. Put them in a sturdy box with your phone number inside, and we'll ring for payment before we start.",
            ),
            ("caller", "And return postage?"),
            ("cobbler", "Tracked return is £9.50."),
            ("caller", "Perfect. I'll send them this week."),
        ],
    },
    "z_cobbler_shop_podcast": {
        "turns": [
            (
                "host",
                "Welcome back to Mending Matters. I'm in a tiny shop in Glasgow's Southside with Elena Brodie, a third generation cobbler. Elena, how long has the shop been here?",
            ),
            (
                "guest",
                "My grandfather opened it in 1961. I started helping my dad on Saturdays in 1998, when I was fourteen.",
            ),
            ("host", "And is it still mostly shoes?"),
            (
                "guest",
                "Less than you'd think. Key cutting and watch batteries bring in about 40% of what we take. Shoes are the heart of it, but keys keep the lights on.",
            ),
            ("host", "Interesting. What about resoling, is that still common?"),
            (
                "guest",
                "It's changed. Twenty years ago it was men's leather shoes every day. Now a lot of it is climbing shoes and expensive trainers.",
            ),
            ("host", "Trainers? Really?"),
            (
                "guest",
                "Yes. People pay £180 for trainers and want them to last. We can resole some of them, but many have moulded soles that are glued and shaped to the upper, so there's nothing to stitch to.",
            ),
            ("host", "So some shoes simply can't be fixed."),
            (
                "guest",
                "Exactly. Cheap fashion shoes especially. The sole is often just injected plastic, and once that cracks, it's finished.",
            ),
            ("host", "What does a typical repair cost here?"),
            (
                "guest",
                "A pair of heel tips on ladies' shoes is £14. A half sole is around £40, and climbing shoes are £55 including the rand.",
            ),
            ("host", "What's a rand?"),
            (
                "guest",
                "The rubber strip that wraps round the toe. If you wear through that as well, it needs replacing too.",
            ),
            ("host", "Got it. Any tips for listeners?"),
            (
                "guest",
                "Buy cedar shoe trees and don't wear the same pair two days running. Leather needs a day to dry out from your sweat.",
            ),
            ("host", "Two days running, noted. Will the shop carry on after you?"),
            (
                "guest",
                "I hope so. My nephew has just started with me, so maybe there'll be a fourth generation.",
            ),
        ],
    },
    "z_furniture_dresser_radio": {
        "turns": [
            (
                "host",
                "You're listening to Saturday Workshop. Our restorer Gwen Tallis is with me, and we have Rob on the line from Shrewsbury. Rob, go ahead.",
            ),
            (
                "caller",
                "Hi both. I inherited a big oak dresser from my aunt. It's probably from around 1900, and someone has painted it white, thick gloss paint, maybe in the seventies.",
            ),
            (
                "expert",
                "Oh dear, the seventies strike again. Is the paint over bare wood or over an old finish?",
            ),
            ("caller", "I scraped a corner and there seems to be a dark varnish under it."),
            (
                "expert",
                "That's actually good news. The varnish will have protected the oak, so the paint should come away without staining the grain too much.",
            ),
            ("host", "How would you get it off, Gwen?"),
            (
                "expert",
                "I'd use a gel stripper rather than a heat gun. Heat guns are quick, but on old oak they can scorch the surface and crack the veneer on the drawer fronts.",
            ),
            ("caller", "I was going to sand it."),
            (
                "expert",
                "Please don't, not at first. Sanding thick gloss just clogs the paper, and you'll round over the mouldings. Strip first, then a light sand with 240 grit at the end.",
            ),
            ("host", "And after that?"),
            (
                "expert",
                "For oak of that age, I'd finish with a shellac sealer and then wax. Polyurethane looks like plastic on old furniture and it's very hard to undo later.",
            ),
            ("caller", "How long is this going to take me?"),
            (
                "expert",
                "For a dresser that size, working weekends, I'd guess six to eight weekends. The carved top section is the slow bit.",
            ),
            ("caller", "Six weekends. My wife was hoping for Christmas."),
            ("host", "Is it worth paying a professional instead?"),
            (
                "expert",
                "A professional strip and refinish would be around £700 to £900. If it has sentimental value, doing it yourself is rather satisfying, but wear gloves and work outdoors or with the garage door open.",
            ),
            ("caller", "I'll give it a go myself then."),
            ("host", "Good luck Rob, and send us a photo."),
        ],
    },
    "z_furniture_chairs_repaircafe": {
        "turns": [
            (
                "lead",
                "Okay, next on the list is Mrs Adeyemi with the chairs. Come on over. What have we got?",
            ),
            (
                "owner",
                "Six Victorian dining chairs. I bought them at an auction in Ludlow for £60 for the lot, and now I see why. They all wobble, and this one has a broken back rail.",
            ),
            ("volunteer", "Mahogany, by the look of it. Lovely set."),
            (
                "lead",
                "The wobble is almost always dried-out glue in the joints. Tom, what do you reckon, knock them apart?",
            ),
            (
                "volunteer",
                "Yes, but gently. I'd use a rubber mallet and a block of wood, never a metal hammer straight on the leg.",
            ),
            ("owner", "Do you reglue them with wood glue from the hardware shop?"),
            (
                "lead",
                "We prefer hot hide glue for antiques. It's what they were made with, and it can be softened with warm water if anyone needs to take them apart again in fifty years.",
            ),
            (
                "volunteer",
                "PVA is stronger in a way, but it doesn't bond to old hide glue. You'd have to scrape every joint back to bare wood first.",
            ),
            ("owner", "And the broken rail?"),
            (
                "volunteer",
                "The break is along the grain, so it's clean. I could glue and pin it, but I'd rather make a new rail from reclaimed mahogany. We've got an old table top in the store that would match.",
            ),
            (
                "lead",
                "I agree with Tom. A glued repair at that spot takes all your weight when you lean back, and it'll fail again.",
            ),
            ("owner", "How long will all six take?"),
            (
                "lead",
                "We only meet on the first Saturday of the month, so realistically three sessions. March, April and May.",
            ),
            ("owner", "That's fine. What do I owe you?"),
            (
                "lead",
                "Nothing, it's a repair café. There's a donation jar, and most people put in a fiver or a tenner per item.",
            ),
            ("owner", "What about the finish? It's quite scratched."),
            (
                "volunteer",
                "A wipe with reviver and a coat of wax will do more than you'd expect. Full French polishing would take weeks, and honestly it would spoil the age.",
            ),
            ("owner", "Wonderful. I'll leave them with you."),
        ],
    },
    "z_jewellery_ring_class": {
        "turns": [
            (
                "tutor",
                "Right everyone, tonight we're making a simple silver band. You've each got a strip of sterling silver, 2 millimetres by 1.5. Amira, what size do you want?",
            ),
            ("amira", "An N, I think. I measured with the ring gauge earlier."),
            (
                "tutor",
                "Okay. For an N in that thickness you need about 54 millimetres of strip. Always add the thickness of the metal to the inside diameter before you multiply by pi.",
            ),
            ("ben", "Sorry, why add the thickness?"),
            (
                "tutor",
                "Because the metal bends around its middle, not its inside edge. If you forget, the ring comes out half a size too small.",
            ),
            ("ben", "Got it."),
            (
                "tutor",
                "Cut with the piercing saw, file the ends flat, and bend them so they meet with no gap. Light should not come through the join.",
            ),
            ("amira", "Mine has a tiny gap."),
            (
                "tutor",
                "Then keep bending past the join and spring it back. Solder won't fill gaps, it just sits in them and looks grubby.",
            ),
            ("ben", "Which solder do we use?"),
            (
                "tutor",
                "Hard solder for the join. We save easy solder for later steps, if you add a second piece.",
            ),
            ("amira", "And then the torch?"),
            (
                "tutor",
                "Flux first, then heat the whole ring, not the solder. Solder flows towards the heat, so if you aim at the join it balls up and sits there.",
            ),
            ("ben", "Mine's gone black."),
            (
                "tutor",
                "That's just firescale and oxide. It goes into the pickle, the warm citric acid pot, for about five minutes.",
            ),
            ("amira", "How do we get it round again?"),
            (
                "tutor",
                "On the mandrel, with a rawhide mallet. A steel hammer would mark it. Then emery paper, 400 then 800 then 1200, and a polish.",
            ),
            ("ben", "Can we take them home tonight?"),
            (
                "tutor",
                "Yes, and the silver is included in the £45 class fee. Next week we'll try stone setting.",
            ),
        ],
    },
    "z_jewellery_resize_call": {
        "turns": [
            ("jeweller", "Goldcrest Jewellers, Hannah speaking."),
            (
                "caller",
                "Hi, I've got my grandmother's wedding ring and I'd like to wear it, but it's too small. It's a size J and I need an M.",
            ),
            ("jeweller", "Is it plain gold, or does it have stones?"),
            ("caller", "Plain, 22 carat I think. It's quite thin."),
            (
                "jeweller",
                "Twenty two carat is soft, and if it's worn thin, stretching it isn't a good idea. It could split.",
            ),
            ("caller", "So what's the alternative?"),
            (
                "jeweller",
                "We'd cut it and solder in a small piece of matching 22 carat gold. Three sizes up needs roughly 8 millimetres of extra metal.",
            ),
            ("caller", "Will I see the join?"),
            (
                "jeweller",
                "If the colour match is good, no. 22 carat has quite a warm yellow colour, so we order the exact alloy rather than using 18 carat, which looks paler.",
            ),
            ("caller", "And how much would that be?"),
            (
                "jeweller",
                "For 22 carat, adding three sizes is about £110, including the gold. It'd be cheaper in 9 carat but that wouldn't match.",
            ),
            (
                "caller",
                "Are there any markings inside I should worry about? I'd hate to lose them.",
            ),
            (
                "jeweller",
                "Good question. If there's a hallmark, we position the cut on the opposite side so the mark stays intact.",
            ),
            ("caller", "There's an engraving too, her initials and 1952."),
            (
                "jeweller",
                "Then we'd ideally add the metal at the back, away from both. Bring it in and we'll look under the loupe.",
            ),
            ("caller", "How long would you need it for?"),
            ("jeweller", "About a week. Our goldsmith comes in on Tuesdays and Thursdays."),
            ("caller", "Great, I'll pop in on Saturday."),
        ],
    },
    "z_upholstery_sofa_consult": {
        "turns": [
            (
                "upholsterer",
                "So this is the sofa. It's a lovely shape, a 1930s Chesterfield style, though not leather.",
            ),
            (
                "client",
                "It was my parents'. The velvet is worn through on the arms and the seat sags in the middle.",
            ),
            (
                "upholsterer",
                "Let me sit on it. Yes, you're sinking straight down. That's the springs, they've come away from the webbing underneath.",
            ),
            ("client", "Can you just replace the cushions?"),
            (
                "upholsterer",
                "That won't help, I'm afraid. The sag is in the sprung seat itself, not the cushion. We'd need to strip it back to the frame and retie the springs.",
            ),
            ("client", "Is that a big job?"),
            (
                "upholsterer",
                "It's a traditional job. Eight-way hand-tied springs, new hessian, horsehair and wadding. On this one I'd estimate 40 hours of work.",
            ),
            ("client", "And cost?"),
            (
                "upholsterer",
                "Labour is £1,600. Fabric is on top, and you'll need about 14 metres because of the deep buttoning.",
            ),
            ("client", "Fourteen metres! I thought maybe eight."),
            (
                "upholsterer",
                "Buttoning eats fabric. Each button pleat pulls material in. If you went for a plain back without buttons, it'd be closer to 10.",
            ),
            ("client", "I want to keep the buttons. It wouldn't be the same sofa without them."),
            (
                "upholsterer",
                "I agree, and I'd advise keeping them. For fabric, a heavy cotton velvet at about £45 a metre wears well. Avoid anything rated under 30,000 rubs for a sofa you'll use daily.",
            ),
            ("client", "When could you start?"),
            (
                "upholsterer",
                "My list is full until September. Then it's about four weeks in the workshop.",
            ),
            ("client", "Okay, put me down for September."),
        ],
    },
    "z_upholstery_armchair_podcast": {
        "turns": [
            (
                "host",
                "On today's Make Do, I'm talking to Leanne, who spent last autumn reupholstering an armchair at an evening class. Leanne, where did the chair come from?",
            ),
            (
                "guest",
                "A charity shop in Derby. It was £15, a 1960s wingback covered in orange nylon with a cigarette burn on the seat.",
            ),
            ("host", "Bold choice."),
            (
                "guest",
                "Everyone laughed, but the frame was solid beech. That's what the tutor told us to check first, whether the frame is sound.",
            ),
            ("host", "What was the course like?"),
            (
                "guest",
                "Ten Tuesday evenings at the adult college, and it cost £320. Tools were provided, which helped.",
            ),
            ("host", "What surprised you?"),
            (
                "guest",
                "How much is underneath. We stripped off five layers, including an older green fabric under the orange one.",
            ),
            ("host", "Any advice for stripping?"),
            (
                "guest",
                "Photograph every layer as you take it off. When you rebuild, those photos tell you how the fabric was folded at the arms.",
            ),
            ("host", "Did you use tacks or staples?"),
            (
                "guest",
                "The tutor made us start with tacks and a magnetic hammer for the first few weeks, so we'd understand the old method. Then we switched to an electric staple gun, which was much faster.",
            ),
            ("host", "What about the foam?"),
            (
                "guest",
                "The old foam had turned to dust. New foam has to meet fire regulations, the combustion modified kind, so don't buy cheap foam online without the label.",
            ),
            ("host", "And the fabric?"),
            (
                "guest",
                "Four metres of a grey wool tweed at £28 a metre. My big mistake was cutting the back panel before I'd checked the pattern. The stripes didn't line up with the seat.",
            ),
            ("host", "Oh no. Did you recut it?"),
            ("guest", "I had to buy another metre. Lesson learned."),
            ("host", "Would you do another one?"),
            (
                "guest",
                "I'm halfway through a footstool now. Smaller, and no wings, thank goodness.",
            ),
        ],
    },
    "z_smith_taster_day": {
        "turns": [
            (
                "host",
                "I'm at a forge outside Brecon with Owen Pryce, who runs blacksmithing taster days. Owen, what do people actually make in a day?",
            ),
            (
                "smith",
                "Everyone makes a wall hook in the morning and a fire poker with a twisted handle in the afternoon. They go home with both.",
            ),
            ("host", "How many people at a time?"),
            (
                "smith",
                "Four at most. I've got four anvils and one of me, and with hot steel that's plenty.",
            ),
            ("host", "And the price?"),
            (
                "smith",
                "It's £150 for the day, lunch included. I tried £120 the first year, but the coal and steel costs didn't add up.",
            ),
            ("host", "You use coal, then, not gas?"),
            (
                "smith",
                "Mostly coal. Gas forges are cleaner and easier to light, but a coal fire lets you heat just one small spot, which is what you want for a twist.",
            ),
            ("host", "What's the biggest danger for beginners?"),
            (
                "smith",
                "Picking up steel that looks cold. Steel stops glowing at around 500 degrees, but it'll still burn you badly well below that.",
            ),
            ("host", "So how do you check?"),
            (
                "smith",
                "Hover your hand over it, or sprinkle a drop of water. If it sizzles, leave it.",
            ),
            ("host", "What should people wear?"),
            (
                "smith",
                "Cotton or wool, long sleeves, and leather boots. No fleece or synthetic stuff, a spark melts straight through it onto your skin.",
            ),
            ("host", "How did you get into this?"),
            (
                "smith",
                "I was a farrier for twelve years. My back gave up on shoeing horses, so in 2010 I turned the old stable into this forge.",
            ),
            ("host", "Do you miss the horses?"),
            ("smith", "Not the kicking, no."),
            ("host", "Has anyone gone on to do it properly?"),
            (
                "smith",
                "Three people so far have built their own forges after coming here. One of them now makes gates for a living.",
            ),
        ],
    },
    "z_smith_club_meeting": {
        "turns": [
            (
                "chair",
                "Right, item three, the beginners' courses. Sandra, you've done the numbers?",
            ),
            (
                "treasurer",
                "I have. If we charge £60 per session and take three students each Saturday, we'd bring in about £180 a week before costs.",
            ),
            ("member", "Three seems low. Couldn't we take six?"),
            (
                "chair",
                "We've only got three working anvils, Dev. And two instructors need to be watching at all times.",
            ),
            ("member", "Fair. What are the costs?"),
            (
                "treasurer",
                "The big one is insurance. Our current policy doesn't cover paying members of the public. The broker quoted £480 a year to add teaching.",
            ),
            ("chair", "And the forge itself?"),
            (
                "treasurer",
                "That's the real question. Fixing the old coal hearth would be about £300. A new two-burner gas forge is £900.",
            ),
            ("member", "Coal's cheaper, though. And it's proper blacksmithing."),
            (
                "chair",
                "I hear you, but we've had two complaints from the flats next door about smoke since January. The council officer said a third could mean a formal notice.",
            ),
            (
                "treasurer",
                "The gas forge pays for itself anyway. We'd cover it in about five Saturdays of courses.",
            ),
            ("member", "Okay, I'll go along with gas. But I want under-18s to come free."),
            (
                "treasurer",
                "I can't support that. Young people need a parent present, so that's effectively a fourth person per slot.",
            ),
            (
                "chair",
                "Let's compromise. Half price for under-18s, and they count as one of the three places.",
            ),
            ("member", "I can live with that."),
            (
                "chair",
                "Instructors will also need a first aid certificate. The St John course is in March.",
            ),
            ("treasurer", "Then the earliest we could start is April."),
            ("chair", "April it is. All in favour? Carried."),
        ],
    },
    "z_frame_builder_podcast": {
        "turns": [
            (
                "host",
                "Welcome to Spoke and Word. My guest today builds custom bicycle frames in a railway arch in Sheffield. Ines, how many frames do you make?",
            ),
            (
                "guest",
                "About 25 a year. Some builders do a hundred, but I do everything myself, from cutting tubes to painting.",
            ),
            ("host", "And how long is the wait?"),
            (
                "guest",
                "Right now, fourteen months. It was six before the pandemic, then everyone wanted a bike.",
            ),
            ("host", "You work only in steel?"),
            (
                "guest",
                "Only steel. I've been asked about titanium, but it needs a clean argon environment to weld and the equipment is expensive. More importantly, if a steel frame gets dented, almost any builder can repair it.",
            ),
            ("host", "Lugs or welding?"),
            (
                "guest",
                "Mostly fillet brazing. Lugs look beautiful, but they limit the angles you can use, because lugs come in fixed shapes. With fillet brazing I can set any angle the rider needs.",
            ),
            ("host", "What does a frame cost?"),
            (
                "guest",
                "It's £2,800 for frame and fork, including paint. Paint alone is about a fifth of that, because it's done by a specialist in Leeds.",
            ),
            ("host", "I'd have guessed the tubes were the expensive bit."),
            (
                "guest",
                "People always think that. A good tube set is only about £350. It's the hours, around 45 per frame.",
            ),
            ("host", "How has the design changed in recent years?"),
            (
                "guest",
                "Disc brakes changed everything. The forces at the dropout are different, so the rear stays have to be stiffer, and I redesigned my whole rear end in 2019.",
            ),
            ("host", "How did you start?"),
            (
                "guest",
                "I was a mechanical engineer designing pumps. In 2015 I took a two-week frame building course, and a year later I quit.",
            ),
            ("host", "Any regrets?"),
            ("guest", "Only my pension. Otherwise none."),
        ],
    },
    "z_frame_fitting_session": {
        "turns": [
            ("builder", "So before we measure, tell me what this bike is for."),
            (
                "customer",
                "Loaded touring. I'm riding from Vancouver to Halifax next summer, roughly 7,000 kilometres, with front and rear panniers.",
            ),
            ("builder", "Lovely. And what are you riding now?"),
            (
                "customer",
                "An off-the-shelf touring bike, size 60. I get pain in my left knee after about 80 kilometres, and my neck aches.",
            ),
            (
                "builder",
                "Right. Stand against the wall for me. You're 193 centimetres, and your inside leg is 94. That's long legs for your height.",
            ),
            ("customer", "Is that unusual?"),
            (
                "builder",
                "Not rare, but it's why stock frames don't fit you. To get the saddle high enough you've had to buy a big frame, so the reach to the bars is too long. That's your neck.",
            ),
            ("customer", "And the knee?"),
            (
                "builder",
                "Probably the cleat position, which we can fix today for free. The frame won't cure it on its own.",
            ),
            ("customer", "What about wheel size? A friend said 26 inch is better for touring."),
            (
                "builder",
                "For remote places, 26 inch tyres are easier to find. But across Canada you'll find 700c everywhere, and at your height they roll better. I'd go 700c with clearance for 45 millimetre tyres.",
            ),
            ("customer", "Okay, 700c then."),
            (
                "builder",
                "I'll use heavier gauge tubing than on a road bike. It adds maybe 400 grams, but with 30 kilos of luggage you want a frame that doesn't flex and shimmy.",
            ),
            ("customer", "What's the price?"),
            (
                "builder",
                "It's £2,400 for frame, fork and rack mounts, with a 30% deposit to get on the list.",
            ),
            ("customer", "When would it be ready?"),
            (
                "builder",
                "If you order this month, end of March. That gives you April and May to ride it in before you go.",
            ),
            ("customer", "Perfect. Can I have it in dark green?"),
            ("builder", "Any colour you like. Green's the most popular this year, actually."),
        ],
    },
}

QUESTIONS = [
    # z_tailor_wedding_call
    ("When is the brother's wedding taking place?", "z_tailor_wedding_call", ["The wedding is on"]),
    (
        "How much does the tailor charge to take in the jacket at the waist?",
        "z_tailor_wedding_call",
        ["Sleeves would be £35"],
    ),
    (
        "What was the total quoted for all the suit alterations?",
        "z_tailor_wedding_call",
        ["Ninety eight, yes."],
    ),
    (
        "What would the sleeve job have cost if the cuff buttons actually worked?",
        "z_tailor_wedding_call",
        ["If the sleeves had"],
    ),
    (
        "By what date should the suit be dropped off, given the wedding season rush?",
        "z_tailor_wedding_call",
        ["We're busy in May"],
    ),
    (
        "Why should he bring his wedding shoes to the fitting?",
        "z_tailor_wedding_call",
        ["Bring the shoes you'll"],
    ),
    (
        "How much shirt cuff should be visible under the jacket sleeve?",
        "z_tailor_wedding_call",
        ["We usually aim for"],
    ),
    (
        "When are fittings held on a Saturday at Hartley and Sons?",
        "z_tailor_wedding_call",
        ["We do fittings between"],
    ),
    (
        "Does the tailor want payment in advance for the wedding suit?",
        "z_tailor_wedding_call",
        ["We take a deposit"],
    ),
    # z_tailor_shop_podcast
    (
        "How long did Marcus train with the tailor in Leeds?",
        "z_tailor_shop_podcast",
        ["Then at 19 I"],
    ),
    (
        "What was Marcus allowed to work on during his first year as an apprentice?",
        "z_tailor_shop_podcast",
        ["The first year I"],
    ),
    (
        "Why did Marcus give up on the idea of a made-to-measure suit business?",
        "z_tailor_shop_podcast",
        ["I first wanted to"],
    ),
    (
        "What share of Marcus's earnings comes from bespoke suits these days?",
        "z_tailor_shop_podcast",
        ["Bespoke is maybe 10%"],
    ),
    (
        "Which job does the Bristol alterations shop do most often?",
        "z_tailor_shop_podcast",
        ["Trouser hems, by far."],
    ),
    (
        "How much has clothing repair work grown at Marcus's shop and why?",
        "z_tailor_shop_podcast",
        ["Since 2022 our repair", "I think it's the"],
    ),
    (
        "What kinds of garments does Marcus turn away?",
        "z_tailor_shop_podcast",
        ["Leather and heavy waterproofs."],
    ),
    ("Why hasn't Marcus taken on a trainee?", "z_tailor_shop_podcast", ["I'd love an apprentice"]),
    (
        "What does Marcus recommend to people starting out in tailoring?",
        "z_tailor_shop_podcast",
        ["Learn to fit before"],
    ),
    # z_cobbler_boot_call
    (
        "How old are the Cheaney boots the caller wants resoled?",
        "z_cobbler_boot_call",
        ["They're Cheaney boots, about"],
    ),
    (
        "What does a full leather resole and heel cost for the welted boots?",
        "z_cobbler_boot_call",
        ["A full leather sole"],
    ),
    (
        "Which sole did Dave suggest for someone who walks the dog on wet grass?",
        "z_cobbler_boot_call",
        ["Then go for rubber."],
    ),
    (
        "Why are leather soles a poor choice for wet pavements?",
        "z_cobbler_boot_call",
        ["Leather soles get slippery"],
    ),
    (
        "How many years should the rubber soles last?",
        "z_cobbler_boot_call",
        ["The Dainite will last"],
    ),
    (
        "How much extra is it to sort out the scuffed toe caps?",
        "z_cobbler_boot_call",
        ["We can recolour and"],
    ),
    (
        "On which day are welted boots sent off to the Northampton workshop?",
        "z_cobbler_boot_call",
        ["We send welted jobs"],
    ),
    (
        "What should go in the parcel if you mail your boots to Kemp's?",
        "z_cobbler_boot_call",
        ["Put them in a"],
    ),
    (
        "How much is postage to get the boots sent back?",
        "z_cobbler_boot_call",
        ["Tracked return is £9.50."],
    ),
    # z_cobbler_shop_podcast
    (
        "When did Elena's grandfather start the Glasgow shop?",
        "z_cobbler_shop_podcast",
        ["My grandfather opened it"],
    ),
    (
        "How old was Elena when she first helped out in the shop?",
        "z_cobbler_shop_podcast",
        ["I started helping my"],
    ),
    (
        "How much of the shop's takings come from keys and watch batteries?",
        "z_cobbler_shop_podcast",
        ["Key cutting and watch"],
    ),
    (
        "What sort of footwear makes up a lot of the resoling work nowadays?",
        "z_cobbler_shop_podcast",
        ["Now a lot of"],
    ),
    (
        "Why can't many pricey trainers be resoled?",
        "z_cobbler_shop_podcast",
        ["We can resole some"],
    ),
    (
        "What does Elena charge to resole climbing shoes?",
        "z_cobbler_shop_podcast",
        ["A half sole is"],
    ),
    (
        "What exactly is a rand on a climbing shoe?",
        "z_cobbler_shop_podcast",
        ["The rubber strip that"],
    ),
    (
        "How does Elena suggest looking after leather shoes?",
        "z_cobbler_shop_podcast",
        ["Buy cedar shoe trees", "Leather needs a day"],
    ),
    (
        "Is anyone in the family lined up to carry on the cobbler's shop?",
        "z_cobbler_shop_podcast",
        ["My nephew has just"],
    ),
    # z_furniture_dresser_radio
    (
        "Roughly what age is the oak dresser Rob inherited?",
        "z_furniture_dresser_radio",
        ["It's probably from around"],
    ),
    (
        "What did Rob find underneath the white gloss paint?",
        "z_furniture_dresser_radio",
        ["I scraped a corner"],
    ),
    (
        "Why did Gwen advise against using a heat gun on the dresser?",
        "z_furniture_dresser_radio",
        ["Heat guns are quick"],
    ),
    (
        "What's wrong with sanding off the gloss paint straight away?",
        "z_furniture_dresser_radio",
        ["Sanding thick gloss just"],
    ),
    (
        "What grit of sandpaper should be used once the paint is stripped?",
        "z_furniture_dresser_radio",
        ["Strip first, then a"],
    ),
    (
        "What finish did the restorer recommend for the old oak, and why not polyurethane?",
        "z_furniture_dresser_radio",
        ["For oak of that", "Polyurethane looks like plastic"],
    ),
    (
        "How many weekends would it take Rob to do the dresser himself?",
        "z_furniture_dresser_radio",
        ["For a dresser that"],
    ),
    (
        "How much would a professional charge to strip and refinish the dresser?",
        "z_furniture_dresser_radio",
        ["A professional strip and"],
    ),
    (
        "What safety precautions did Gwen mention for stripping paint at home?",
        "z_furniture_dresser_radio",
        ["If it has sentimental"],
    ),
    # z_furniture_chairs_repaircafe
    (
        "How much did the Victorian chairs cost at auction?",
        "z_furniture_chairs_repaircafe",
        ["I bought them at"],
    ),
    (
        "What usually makes old dining chairs wobbly?",
        "z_furniture_chairs_repaircafe",
        ["The wobble is almost"],
    ),
    (
        "How did Tom say the chair joints should be knocked apart?",
        "z_furniture_chairs_repaircafe",
        ["I'd use a rubber"],
    ),
    (
        "Why does the repair café use hide glue on antique chairs?",
        "z_furniture_chairs_repaircafe",
        ["We prefer hot hide", "It's what they were"],
    ),
    (
        "What's the problem with using PVA on the old chair joints?",
        "z_furniture_chairs_repaircafe",
        ["PVA is stronger in"],
    ),
    (
        "Why did the lead agree not to just glue the broken back rail?",
        "z_furniture_chairs_repaircafe",
        ["A glued repair at"],
    ),
    (
        "Where will the wood for the new chair rail come from?",
        "z_furniture_chairs_repaircafe",
        ["We've got an old"],
    ),
    (
        "How many sessions will the six chairs take and in which months?",
        "z_furniture_chairs_repaircafe",
        ["We only meet on"],
    ),
    (
        "What does the repair café charge for fixing the chairs?",
        "z_furniture_chairs_repaircafe",
        ["Nothing, it's a repair", "There's a donation jar"],
    ),
    (
        "What did Tom suggest for the scratched finish instead of French polishing?",
        "z_furniture_chairs_repaircafe",
        ["A wipe with reviver"],
    ),
    # z_jewellery_ring_class
    ("What ring size is Amira making?", "z_jewellery_ring_class", ["An N, I"]),
    (
        "How long a piece of silver strip does Amira need for her ring?",
        "z_jewellery_ring_class",
        ["For an N in"],
    ),
    (
        "Why do you add the metal thickness when working out the strip length?",
        "z_jewellery_ring_class",
        ["Because the metal bends"],
    ),
    (
        "What happens if the ends of the band don't meet properly before soldering?",
        "z_jewellery_ring_class",
        ["Solder won't fill gaps"],
    ),
    (
        "Which type of solder is used to close the silver band?",
        "z_jewellery_ring_class",
        ["Hard solder for the"],
    ),
    (
        "Where should the torch flame be aimed when soldering the ring?",
        "z_jewellery_ring_class",
        ["Flux first, then heat", "Solder flows towards the"],
    ),
    (
        "How do you get rid of the black marks after soldering?",
        "z_jewellery_ring_class",
        ["It goes into the"],
    ),
    (
        "Why shouldn't you reshape the ring with a metal hammer?",
        "z_jewellery_ring_class",
        ["A steel hammer would"],
    ),
    ("What does the silver ring class cost?", "z_jewellery_ring_class", ["Yes, and the silver"]),
    (
        "What will the jewellery class do the following week?",
        "z_jewellery_ring_class",
        ["Next week we'll try"],
    ),
    # z_jewellery_resize_call
    (
        "What size is the grandmother's ring and what size does the caller need?",
        "z_jewellery_resize_call",
        ["It's a size J"],
    ),
    (
        "Why won't the jeweller simply stretch the gold ring?",
        "z_jewellery_resize_call",
        ["Twenty two carat is"],
    ),
    (
        "How much extra gold is needed to enlarge the ring by three sizes?",
        "z_jewellery_resize_call",
        ["Three sizes up needs"],
    ),
    (
        "Why not use 18 carat gold for the piece being added?",
        "z_jewellery_resize_call",
        ["22 carat has quite"],
    ),
    (
        "What will resizing the grandmother's ring cost?",
        "z_jewellery_resize_call",
        ["For 22 carat, adding"],
    ),
    (
        "How does the jeweller avoid damaging the hallmark when cutting?",
        "z_jewellery_resize_call",
        ["If there's a hallmark"],
    ),
    (
        "What's engraved inside the old wedding ring?",
        "z_jewellery_resize_call",
        ["There's an engraving too"],
    ),
    (
        "How long will Goldcrest keep the ring, and when is their goldsmith in?",
        "z_jewellery_resize_call",
        ["About a week.", "Our goldsmith comes in"],
    ),
    # z_upholstery_sofa_consult
    (
        "Why does the sofa seat sink when you sit on it?",
        "z_upholstery_sofa_consult",
        ["That's the springs, they've"],
    ),
    (
        "Why won't new cushions fix the sagging sofa?",
        "z_upholstery_sofa_consult",
        ["The sag is in"],
    ),
    (
        "How many hours did the upholsterer estimate for the sofa?",
        "z_upholstery_sofa_consult",
        ["On this one I'd"],
    ),
    (
        "What is the labour charge for redoing the Chesterfield?",
        "z_upholstery_sofa_consult",
        ["Labour is £1,600."],
    ),
    (
        "Why does the sofa need so much fabric?",
        "z_upholstery_sofa_consult",
        ["Fabric is on top", "Buttoning eats fabric."],
    ),
    (
        "How much fabric would a plain back without buttons need?",
        "z_upholstery_sofa_consult",
        ["If you went for"],
    ),
    (
        "Which fabric did the upholsterer suggest for the sofa, and at what price?",
        "z_upholstery_sofa_consult",
        ["For fabric, a heavy"],
    ),
    (
        "What rub count should fabric have for a sofa used every day?",
        "z_upholstery_sofa_consult",
        ["Avoid anything rated under"],
    ),
    (
        "When can work on the sofa start and how long will it take?",
        "z_upholstery_sofa_consult",
        ["My list is full", "Then it's about four"],
    ),
    # z_upholstery_armchair_podcast
    (
        "What did Leanne pay for the wingback chair?",
        "z_upholstery_armchair_podcast",
        ["It was £15, a"],
    ),
    (
        "What did the tutor say to check first on an old chair?",
        "z_upholstery_armchair_podcast",
        ["That's what the tutor"],
    ),
    (
        "How long was the upholstery evening course and what did it cost?",
        "z_upholstery_armchair_podcast",
        ["Ten Tuesday evenings at"],
    ),
    (
        "What was found under the orange cover?",
        "z_upholstery_armchair_podcast",
        ["We stripped off five"],
    ),
    (
        "Why take photos while stripping a chair?",
        "z_upholstery_armchair_podcast",
        ["Photograph every layer as", "When you rebuild, those"],
    ),
    (
        "Why did the class begin with tacks rather than a staple gun?",
        "z_upholstery_armchair_podcast",
        ["The tutor made us"],
    ),
    (
        "What should you watch out for when buying replacement foam?",
        "z_upholstery_armchair_podcast",
        ["New foam has to"],
    ),
    (
        "What went wrong when Leanne cut the tweed?",
        "z_upholstery_armchair_podcast",
        ["My big mistake was", "The stripes didn't line"],
    ),
    ("What is Leanne working on now?", "z_upholstery_armchair_podcast", ["I'm halfway through a"]),
    # z_smith_taster_day
    ("What do people make on Owen's taster day?", "z_smith_taster_day", ["Everyone makes a wall"]),
    (
        "How many people can join one of Owen's forging days?",
        "z_smith_taster_day",
        ["Four at most."],
    ),
    (
        "Why did Owen put the price of the taster day up after the first year?",
        "z_smith_taster_day",
        ["I tried £120 the"],
    ),
    (
        "Why does Owen prefer a coal forge to a gas one?",
        "z_smith_taster_day",
        ["Gas forges are cleaner"],
    ),
    (
        "At what temperature does steel stop glowing?",
        "z_smith_taster_day",
        ["Steel stops glowing at"],
    ),
    (
        "How can you tell whether a piece of steel is still hot?",
        "z_smith_taster_day",
        ["Hover your hand over", "If it sizzles, leave"],
    ),
    (
        "Why shouldn't you wear fleece at the forge?",
        "z_smith_taster_day",
        ["No fleece or synthetic"],
    ),
    ("What did Owen do before he became a blacksmith?", "z_smith_taster_day", ["I was a farrier"]),
    (
        "How many of Owen's students have set up forges of their own?",
        "z_smith_taster_day",
        ["Three people so far"],
    ),
    # z_smith_club_meeting
    (
        "How much money a week would the club's beginner courses bring in?",
        "z_smith_club_meeting",
        ["If we charge £60"],
    ),
    (
        "Why can't the club take six beginners at a time?",
        "z_smith_club_meeting",
        ["We've only got three"],
    ),
    (
        "How much would it cost to insure the club for teaching?",
        "z_smith_club_meeting",
        ["The broker quoted £480"],
    ),
    (
        "What would repairing the old coal hearth cost?",
        "z_smith_club_meeting",
        ["Fixing the old coal"],
    ),
    (
        "Why did the chair push for gas instead of coal?",
        "z_smith_club_meeting",
        ["I hear you, but", "The council officer said"],
    ),
    (
        "How quickly would the new gas forge pay for itself?",
        "z_smith_club_meeting",
        ["We'd cover it in"],
    ),
    (
        "Why did the treasurer oppose free places for under-18s?",
        "z_smith_club_meeting",
        ["Young people need a"],
    ),
    (
        "What was finally agreed about young people on the courses?",
        "z_smith_club_meeting",
        ["Half price for under-18s"],
    ),
    (
        "Why can't the club's courses begin before April?",
        "z_smith_club_meeting",
        ["Instructors will also need", "Then the earliest we"],
    ),
    # z_frame_builder_podcast
    ("How many frames does Ines build annually?", "z_frame_builder_podcast", ["About 25 a year."]),
    (
        "Why has the waiting list for Ines's frames got longer?",
        "z_frame_builder_podcast",
        ["It was six before"],
    ),
    (
        "Why doesn't Ines build titanium frames?",
        "z_frame_builder_podcast",
        ["I've been asked about", "More importantly, if a"],
    ),
    (
        "Why does Ines prefer fillet brazing to lugs?",
        "z_frame_builder_podcast",
        ["Lugs look beautiful, but", "With fillet brazing I"],
    ),
    (
        "How much of the frame price goes on the paint job?",
        "z_frame_builder_podcast",
        ["Paint alone is about"],
    ),
    (
        "How expensive is a set of tubes for one of Ines's frames?",
        "z_frame_builder_podcast",
        ["A good tube set"],
    ),
    (
        "How many hours of work go into each frame?",
        "z_frame_builder_podcast",
        ["It's the hours, around"],
    ),
    (
        "How did disc brakes change the way Ines designs frames?",
        "z_frame_builder_podcast",
        ["The forces at the"],
    ),
    (
        "What did Ines do for a living before building bikes?",
        "z_frame_builder_podcast",
        ["I was a mechanical"],
    ),
    (
        "When did Ines take her frame building course?",
        "z_frame_builder_podcast",
        ["In 2015 I took"],
    ),
    # z_frame_fitting_session
    (
        "Where is the customer planning to cycle next summer, and how far?",
        "z_frame_fitting_session",
        ["I'm riding from Vancouver"],
    ),
    (
        "What problems does the customer have on his current touring bike?",
        "z_frame_fitting_session",
        ["I get pain in"],
    ),
    (
        "How tall is the touring customer and what is his inside leg?",
        "z_frame_fitting_session",
        ["You're 193 centimetres, and"],
    ),
    (
        "Why does the customer's neck hurt on his stock bike?",
        "z_frame_fitting_session",
        ["To get the saddle"],
    ),
    (
        "What did the builder think was behind the knee pain?",
        "z_frame_fitting_session",
        ["Probably the cleat position"],
    ),
    (
        "Why did the builder recommend 700c wheels over 26 inch for the trip?",
        "z_frame_fitting_session",
        ["But across Canada you'll"],
    ),
    (
        "Why use thicker tubing for the touring frame?",
        "z_frame_fitting_session",
        ["It adds maybe 400"],
    ),
    (
        "How much deposit is needed to order the touring frame?",
        "z_frame_fitting_session",
        ["It's £2,400 for frame"],
    ),
    (
        "When will the touring bike be ready if ordered now?",
        "z_frame_fitting_session",
        ["If you order this"],
    ),
]
