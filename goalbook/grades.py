"""The grade words of target values (指标值): the families of domain §4.2 rule 4 (quality,
achievement, direction, state) as offices write them, and the test that a short text is a grade
rather than a description. :mod:`goalbook.targets` reads a value with them."""

from __future__ import annotations

import re

GRADE_WORDS = (
    "好", "较好", "一般", "较差", "差", "优", "良", "中", "优秀", "良好", "合格", "较高", "高",
    "显著", "明显", "有效", "健全", "合规", "合理", "规范", "完备", "完善", "及时", "到位",
    "提高", "提升", "有所提升", "不断提升", "逐步提升", "持续提升", "稳步提升", "明显提升",
    "显著提升", "有效提升", "逐步改善", "持续改善", "明显改善", "有效改善", "持续优化",
    "增加", "增长", "下降", "降低", "减少", "缩短", "压缩", "缩减",
    "持平", "稳定", "与去年持平", "与上年持平", "达到预期", "基本达到预期", "未达到预期",
    "达成年度指标", "部分达成", "未达成", "按时完成", "按期完成", "完成", "建立并执行",
    "充分应用", "达成项目目标", "是", "否", "满意", "基本满意", "准确", "安全", "无",
    "完整", "齐全", "齐备", "完好", "充分", "充足",
    # pass or fail (achievement): a review, an acceptance or a test passed
    "通过", "通过验收", "验收通过", "顺利通过", "通过评审", "评审通过", "验收合格", "检测合格",
    # an aim reached (a state) and a steady rise (a direction)
    "实现", "已实现", "全面实现", "基本实现", "如期实现", "按期实现", "稳中有增", "稳中有升",
    "稳中有进", "稳中向好", "不发生", "未发生", "零容忍", "稳步推进", "有序推进", "扎实推进",
    "持续推进", "止跌回升", "止降回升", "企稳回升",  # a level that stops falling and rises
    "持续开展", "常态化开展", "长期开展", "长期坚持",  # a work kept going (可持续影响)
    "全面推进", "收支平衡", "基本平衡", "略有结余", "逐步减轻", "有效减轻", "明显减轻",
    # a time given as a grade: done on the spot (即时办结), within the day (当日办结)
    "即时办结", "当日办结", "即办即结", "当场办结", "立等可取", "即时", "当日",
    "日产日清", "日清日结",  # refuse cleared the day it is made
    # a service's hours as a state (热线 全年无休, 阅览室 全天开放)
    "全年无休", "全天开放", "全年开放", "全天候", "工作日全天开放",
    # a rank moving up (学科评估排名 进位, 位次前移): the direction family
    "上升", "进位", "晋位", "进位争先", "位次前移", "排名前移", "排名上升", "进步", "晋级",
)  # fmt: skip # a list of words: kept in lines, not one word a line
# A state of no harm done (the usual 社会成本/生态成本 value): 无不利影响, 无负面影响, 无重大影响,
# 无污染事件, 未发生安全事故
_NO_HARM = re.compile(
    r"^(?:无|未发生|不发生|未造成|没有)(?:不利|负面|不良|重大|明显|较大|严重|重大不利|明显不利)?"
    r"(?:[^\d,，。；;:：、]{0,4}?)(?:影响|事件|事故|污染|破坏|损害|隐患|返贫|致贫|舆情|案件|流行|疫情|灾害)$"
    # the same said subject first (一票否决项不发生, 重大安全事故未发生)
    r"|^[^\d,，。；;:：、]{1,8}(?:不发生|未发生)$"
)
_GRADE_MORPHEMES = (
    "好", "优", "良", "高", "显著", "明显", "有效", "健全", "合规", "合理", "规范", "完备",
    "完善", "及时", "到位", "提高", "提升", "下降", "降低", "减少", "增加", "增长", "持平",
    "缩短", "压缩", "缩减",
    "稳定", "达到", "达成", "完成", "执行", "应用", "满意", "准确", "改善", "加强", "增强",
    "完整", "齐全", "齐备", "完好",
    # states of a sustained effect (可持续影响): 长效运行, 正常运行, 达标, 常态化
    "长效", "持续", "正常", "平稳", "达标", "常态", "有序", "畅通", "通畅", "可控", "全覆盖",
    # a level kept (保持低水平) and the direction and state families in other words (不断丰富,
    # 有所扩大, 进一步拓宽; 建立, 形成)
    "保持", "低水平", "较低", "丰富", "扩大", "拓宽", "拓展", "优化", "缩小", "建立", "建成",
    "低流行",  # an epidemic kept at a low level (艾滋病疫情 │ 控制在低流行水平)
    "浓厚", "浓郁",  # an atmosphere grown (全民阅读氛围 │ 进一步浓厚)
    "形成", "制定", "出台", "实行", "推行",
    "发布实施", "印发实施", "颁布实施", "正式发布", "正式印发",  # a rule made public and in force
    # a list kept current (名录 动态更新, 资源池 动态管理), works handed over (管网 全部移交),
    # a problem solved (季节性缺水问题 基本解决)
    "动态更新", "动态管理", "移交", "解决", "掌握",  # (隐患底数 全面掌握)
    # a matter ascertained or cleared (基本摸清, 全面查清, 基本消除, 动态清零)
    "摸清", "查清", "消除", "清零", "落实", "壮大", "缓解", "减轻",
    # a need met (基本生活 得到保障, 全面保障)
    "保障",
    # money paid in full and on time (按时足额, 足额发放), a policy kept up (长期实施)
    "足额", "长期",
    # all of a place covered (覆盖全区, 全域覆盖): the 全覆盖 state said of the place; done on
    # time (按时接入, 按期建成)
    "覆盖全", "全域覆盖", "按时", "按期",
    # a policy made public (补贴政策公开公示 全面公开, 及时公示): the state family
    "公开", "公示",
    # a milestone reached (首批课程上线, 系统正式投用, 服务热线开通, 仓储库主体完工, 区域公用品牌
    # 注册并使用)
    "上线", "投用", "投入使用", "启用", "开通", "完工", "竣工", "注册",
    "试运行", "正式运行", "投入运行", "试点运行",  # run on trial or for good (监测平台 │ 试运行)
    # a year's stage of a work the period completes (监测网络 │ 建成 · 年度 建设中, 稳步推进)
    "建设中", "实施中", "推进",
    "符合",  # a standard met (设备配置符合村卫生室建设标准 │ 符合)
    # an event kept on the calendar (运动会纳入县年度赛事计划 │ 每年举办, 联赛 │ 连续举办)
    "每年举办", "连续举办", "按年举办", "常年举办",  # (定期开展 on a count of 次 says no count)
    # a service or a record kept without a break (全年不间断, 连续无中断)
    "不间断", "无中断", "不中断",
)  # fmt: skip # a list of words: kept in lines, not one word a line
# A state of none at all said with 零 (零事故, 零投诉, 安全零事故): the no-harm state in one word
_ZERO = re.compile(
    r"^(?:安全|实现)?零(?:重大|安全|质量|责任)?"
    r"(?:事故|伤亡|死亡|投诉|污染|差错|失误|违规|违纪|事件|隐患|缺陷|返工|上访|拖欠|案件|发生"
    r"|垮坝|溃坝|火灾|险情|疫情|漏报|错报|填埋|排放|直排|超标|泄漏)$"
)
# A level or class reached (Ⅱ类, 一级A标准, AAAA级, 三星级以上, 甲级): a state
_LEVEL = re.compile(
    r"^(?:达到|保持)?(?:[ⅠⅡⅢⅣⅤIV]{1,4}|[一二三四五]|[1-5]|A{1,5}|[甲乙丙丁])"
    r"(?:类|级|星级|等)(?:[AB])?(?:标准|馆|站|院)?(?:及以上|以上|或以上)?$"
)
# A rated label won (金牌赛事, 银标, 白金标及以上: the grades of a race or an event)
_LABEL_WON = re.compile(
    r"^(?:达到|保持|获评)?(?:白金|金|银|铜)[牌标](?:赛事|级|等级)?(?:及以上|以上)?$"
)
# A time given by the calendar's seasons and events (年底前, 上半年, 汛前, 秋季学期开学前), in
# each year of a period too (每年年底前)
_SEASONAL = re.compile(
    r"^(?:每年)?(?:年底|年末|年中|年内|当年|上半年|下半年|主?汛期?|春耕|秋收|夏收|春节|国庆|元旦|冬季|雨季|"
    r"供暖季|采暖期|[春秋]季(?:学期)?开学|开学|学期末)(?:前|之前|内|以前|完成)?$"
)
# A review, a test or an assessment passed (通过三级测评, 通过竣工验收): the pass family
_PASSED = re.compile(r"^(?:顺利)?通过.{0,8}(?:测评|评审|验收|审查|检测|认证|评估|考核|审计)$")
# A frequency (每月, 每季度1次, 每年至少2次, 每季度不少于1次) and a step of progress by a time
# (第一季度完成30%, 6月底前完成50%): what is done when, no description
_FREQUENCY = re.compile(
    r"^(?:每(?:个)?|按)(?:日|天|周|旬|月|季度?|半年|年|学期)(?:至少|不少于|不低于|≥)?(?:\d+|[一二两三四])?次?"
    r"(?:更新|报送|调度|通报|公示|公开|发布|统计|维护|巡查|检查|开展)?$"
)  # (按季度更新: a frequency with its verb)
_PROGRESS = re.compile(
    r"^(?:第?[一二三四1-4]季度|[上下]半年|年底|年末|\d{1,2}月底?)(?:末|前|底前)?"
    r"(?:完成|达到)\d+(?:\.\d+)?%$"
)
# A rank reached (全市前五, 全省前三名, 全市第一, 位居全省前列)
_RANK = re.compile(
    r"^(?:位居|保持|进入|争创)?(?:全国|全省|全市|全区|全县|同类|同级)?"
    r"(?:前[一二三四五六七八九十\d]{1,2}名?|第[一二三\d]名?|前列)$"
)
# A level moved by so many steps (风险等级降低一级, 提升1个等级, 信用评级上升一档)
_STEPS = re.compile(
    r"^(?:提高|提升|上升|升高|降低|下降|降|升)(?:[1-5]|[一二三两])个?(?:级|等级|档|档次|星级?)$"
)
# Everyone due served (应保尽保, 应检尽检, 应种尽种)
_ALL_DUE = re.compile(r"^应(.{1,2})尽\1$")
# Round-the-clock service (7×24小时)
_ROUND_THE_CLOCK = re.compile(r"^7[×xX*]24(?:小时)?$")
# A work kept safe through a season or in service (安全度汛, 确保安全运行, 安全越冬): a state
_SAFE = re.compile(
    r"^(?:实现|确保|保障|保证|保持)?安全(?:度汛|运行|越冬|过冬|度夏|通航|渡运|供水|供电|供气|通车)$"
)
# A time of day something is done by, on a day of the week too (午餐 11:30前, 周日18时前)
_CLOCK = re.compile(
    r"^(?:每日|每天|当日|当天|周[一二三四五六日天]|星期[一二三四五六日天]|工作日)?"
    r"(?:[01]?\d|2[0-4])(?:[:：][0-5]\d|时(?:[0-5]?\d分)?|点(?:半|[0-5]?\d分)?)(?:前|之前|以前)$"
)
# Grades listed together (及时、完整; 规范，有效): short parts, each a grade
_GRADE_LIST = re.compile(r"[、，,]")


def is_grade(text: str, listed: bool = True) -> bool:
    """A grade as offices write them (folded text): a word of the vocabulary, a state of no harm,
    a short list of grades (及时、完整), or a short text built on a grade morpheme (有所扩大)."""
    if text in GRADE_WORDS or (len(text) <= 12 and (_NO_HARM.match(text) or _ZERO.match(text))):
        return True
    if len(text) <= 12 and (
        _LEVEL.match(text)
        or _LABEL_WON.match(text)
        or _SEASONAL.match(text)
        or _ROUND_THE_CLOCK.match(text)
        or _PASSED.match(text)
        or _ALL_DUE.match(text)
        or _FREQUENCY.match(text)
        or _PROGRESS.match(text)
        or _RANK.match(text)
        or _STEPS.match(text)
        or _SAFE.match(text)
        or _CLOCK.match(text)
    ):
        return True
    if len(text) <= 14 and is_compared_move(text):
        return True  # (较2025年下降: a move against a year named as its baseline)
    if len(text) > 20 or re.search(r"\d", text):
        return False
    if re.search(r"[,，。；;:：+＋、]", text):
        parts = _GRADE_LIST.split(text)
        return (
            listed
            and len(parts) <= 4
            and all(0 < len(p) <= 4 and is_grade(p, listed=False) for p in parts)
        )
    if any(word in text for word in _SOME):
        return False  # 覆盖全县大部分乡镇: how many is not said, no state reached
    if _DEFERRED.match(text):
        return False  # 按照上级要求进一步改善, 按有关规定执行: the level left to others
    return any(m in text for m in _GRADE_MORPHEMES)


_SOME = ("部分", "多数", "若干", "一些")  # 大部分, 大多数: a share not said
_DEFERRED = re.compile(
    r"^(?:按照|根据|依据|按|视)(?:(?:上级|有关|相关)(?:部门)?(?:的)?(?:要求|规定)|(?:工作|实际)(?:需要|情况))."
)  # (根据工作需要逐步完善, 视实际情况调整: the level left to what comes)


# A grade compared with a baseline: 较上年提高, 比去年下降, 同比增长, 与上年相比持平
_COMPARED = re.compile(
    r"^(?:(?:较|比|与)(?:上年|去年|上一年度?|往年|基期|20\d{2}年度?|(?:项目)?(?:改造|实施|建设|整治|治理)前)"
    r"(?:相比)?|同比|逐年)[，,]?"  # (比改造前下降20%以上: against the level before the work)
)
# A bound set by the baseline itself (不高于上年, 不低于上年水平): measured by last year's level
_BASELINE_BOUND = re.compile(
    r"^(?:不高于|不低于|不超过|不少于|低于|高于|[≤≥<>])(?:上年|去年|上一年度?|往年|基期)(?:水平)?$"
)


# the directions a level may move in against a baseline (较上年下降, 同比有所提高)
_MOVES = ("提高", "提升", "上升", "增加", "增长", "下降", "降低", "减少", "缩短", "持平")


def is_compared_move(grade: str) -> bool:
    """A direction against a stated baseline: 较上年下降, 比去年有所提高, 同比降低, 与上年持平."""
    if _BASELINE_BOUND.match(grade):
        return True
    rest = _COMPARED.sub("", grade)
    return rest != grade and rest.removeprefix("有所").removeprefix("进一步") in _MOVES


def is_move(grade: str | None) -> bool:
    """A bare direction (下降, 逐年下降, 持续提高): where a level goes, with no level."""
    return grade is not None and _STEADILY.sub("", grade) in _MOVES


_STEADILY = re.compile(r"^(?:逐年|逐步|持续|稳步|不断|有所|进一步)")


def is_grade_word(grade: str) -> bool:
    """A grade of the vocabulary (良好, 提高 …), also compared with a baseline (较上年提高)."""
    return grade in GRADE_WORDS or _COMPARED.sub("", grade) in GRADE_WORDS
