"""Returns of the roof half: temple roofs relaid with glazed tiles (ao07–ao12)."""

from __future__ import annotations

from tests.variants.holdout499.common import indicators, one_year, project, sign, stacked
from tests.variants.holdout499.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "丹甍区文化和旅游局（528011）"


@variant("ao07-roof-stacked", (2,),
         "two roof projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def ao07() -> Book:
    b, s = project(
        name="栖檐寺天王殿屋面揭顶修缮",
        dept=DEPT,
        unit="丹甍区文物管理所",
        money=one_year(128, 100, 28),
        goals=["揭顶修缮天王殿屋面420平方米，更换破损琉璃瓦件，11月底前竣工。"],
    )
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "揭顶修缮屋面面积", "≥420平方米"],
        [None, None, "更换破损琉璃瓦件", "≥3600件"],
        [None, "质量指标", "屋面琉璃瓦更换合格率", "≥95%"],
        [None, None, "修缮后屋面渗漏处", "≤0处"],
        [None, "时效指标", "修缮工程竣工时间", "2025年11月30日前"],
        [None, "成本指标", "屋面修缮综合单价", "≤2400元/平方米"],
        ["效益指标", "社会效益指标", "天王殿文物本体安全", "有效保障"],
        [None, "可持续影响指标", "修缮后屋面保固年限", "≥10年"],
        ["满意度指标", "服务对象满意度指标", "寺院及信众满意度", "≥90%"],
    ])  # fmt: skip
    stacked(s, name="澄霞观三清殿屋面琉璃瓦补配", dept=DEPT, unit="丹甍区文物管理所",
            money=one_year(64, 64, 0),
            goals=["补配三清殿屋面琉璃瓦件5200件，8月底前完成。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "补配琉璃瓦件", "≥5200件"],
        [None, "质量指标", "屋面琉璃瓦更换合格率", "≥98%"],
        [None, "时效指标", "补配完成时间", "2025年8月31日前"],
        [None, "成本指标", "琉璃瓦件补配单价", "≤85元/件"],
        ["效益指标", "社会效益指标", "三清殿屋面防渗漏能力", "明显提升"],
        ["满意度指标", "服务对象满意度指标", "道观管理方满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "卢檐青", "0752-3307716")
    return b


@variant("ao08-roof-stacked-defects", (2, 12),
         "two roof projects stacked, OLD-NAT, one value column: the second project's money does "
         "not add up and one of its rates is given as a count")  # fmt: skip
def ao08() -> Book:
    b, s = project(
        name="松瓴寺藏经楼屋面修缮",
        dept=DEPT,
        unit="丹甍区文物管理所",
        money=one_year(110, 90, 20),
        goals=["修缮藏经楼屋面360平方米，10月底前竣工。"],
    )
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "修缮屋面面积", "≥360平方米"],
        [None, "质量指标", "琉璃瓦件更换合格率", "≥95%"],
        [None, "时效指标", "修缮工程竣工时间", "2025年10月31日前"],
        [None, "成本指标", "屋面修缮综合单价", "≤2600元/平方米"],
        ["效益指标", "社会效益指标", "藏经楼经卷存放环境", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "寺院管理方满意度", "≥90%"],
    ])  # fmt: skip
    total = mk(money(90, WAN), "B101", "error", note="70 + 15 = 85 ≠ 90")
    stacked(s, name="云甍宫配殿屋面琉璃瓦更换", dept=DEPT, unit="丹甍区文物管理所",
            money=one_year(total, 70, 15),
            goals=["更换配殿屋面琉璃瓦件4800件，9月底前完成。"])  # fmt: skip
    count = mk("36处", "T105", "error", note="a 完成率 given as a count of leaks")
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "更换琉璃瓦件", "≥4800件"],
        [None, "质量指标", "琉璃瓦件更换合格率", "≥98%"],
        [None, None, "屋面渗漏点处理完成率", count],
        [None, "时效指标", "更换完成时间", "2025年9月30日前"],
        [None, "成本指标", "琉璃瓦件更换单价", "≤110元/件"],
        ["效益指标", "社会效益指标", "配殿屋面漏雨问题", "基本解决"],
        ["满意度指标", "服务对象满意度指标", "宫观管理方满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "卢檐青", "0752-3307716")
    return b


POINTS_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("ao09-roof-points", (10, 5),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), an indicator score column adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def ao09() -> Book:
    b, s = project(
        name="霁檐寺大雄宝殿屋面琉璃修缮",
        dept=DEPT,
        unit="丹甍区文物管理所",
        money=one_year(240, 200, 40),
        goals=["更换大雄宝殿屋面琉璃筒瓦，修复正脊、垂脊，10月底前竣工。"],
    )
    sat = ok(pct(0.9), note="a bare typed 90% read as the target")
    indicators(s, POINTS_HEAD, [
        ["一、产出指标（40分）", "（一）数量指标", "1.更换琉璃筒瓦", "≥6800件", 10],
        [None, None, "2.修复正脊、垂脊", "≥86米", 10],
        [None, "（二）质量指标", "3.瓦件铺设验收合格率", ok(pct(1)), 10],
        [None, "（三）时效指标", "4.修缮工程竣工时间", "2025年10月31日前", 10],
        ["二、成本指标（20分）", "（一）经济成本指标", "5.琉璃筒瓦更换单价", "≤160元/件", 10],
        [None, None, "6.屋脊修复单价", "≤3500元/米", 10],
        ["三、效益指标（30分）", "（一）社会效益指标", "7.屋面琉璃构件完好率较修缮前提高",
         "≥30百分点", 15],
        [None, "（二）可持续影响指标", "8.修缮后屋面保固年限", "≥10年", 15],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "9.寺院管理方满意度", sat, 10],
        ["合计", None, None, None, 100],
    ])  # fmt: skip
    sign(s, "符瓴秀", "0752-3318842")
    return b


@variant("ao10-roof-points-mismatch", (10,),
         "project, NAT-2021, a tier-1 score column beside an indicator score column: 产出 declares "
         "40 over indicators worth 35; a completion date given as 100%")  # fmt: skip
def ao10() -> Book:
    b, s = project(
        name="玄釉观灵官殿屋面修缮",
        dept=DEPT,
        unit="丹甍区文物管理所",
        money=one_year(150, 120, 30),
        goals=["更换灵官殿屋面琉璃板瓦，消除渗漏隐患，11月底前竣工。"],
    )
    declared = mk(40, "W103", "error", alt=("W101",),
                  note="产出 declares 40, its indicators score 15 + 10 + 10 = 35")  # fmt: skip
    done = mk("100%", "T113", "warning", note="a completion date given as a percentage")
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ["产出指标", declared, "数量指标", "更换琉璃板瓦", "≥5400件", 15],
        [None, None, "质量指标", "瓦件铺设合格率", "≥98%", 10],
        [None, None, "时效指标", "屋面修缮竣工时间", done, 10],
        ["成本指标", 20, "经济成本指标", "琉璃板瓦更换单价", "≤120元/件", 20],
        ["效益指标", 30, "社会效益指标", "殿堂屋面渗漏隐患消除率", "≥95%", 15],
        [None, None, "可持续影响指标", "修缮后屋面保固年限", "≥8年", 15],
        ["满意度指标", 10, "服务对象满意度指标", "游客及信众满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "符瓴秀", "0752-3318842")
    return b


@variant("ao11-roof-marked-labels", (5, 7),
         "project, OLD-NAT, tier labels abbreviated and marked (*产出, 数量), ★ core indicators, "
         "headers 指标内容 and 绩效标准 and a 备注 column (correct)")  # fmt: skip
def ao11() -> Book:
    b, s = project(
        name="云甍宫正殿琉璃屋面抢险加固",
        dept=DEPT,
        unit="丹甍区文物管理所",
        attr="一次性项目",
        money=one_year(75, 60, 15),
        goals=["对正殿屋面260平方米抢险加固，补配黄琉璃筒瓦，7月底前完成。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ["*产出", "数量", "★修缮琉璃屋面面积", "≥260平方米", "核心指标，不得删除"],
        [None, None, "补配黄琉璃筒瓦", "≥2100件", None],
        [None, "质量", "★屋面琉璃瓦件铺设合格率", "=100%", "核心指标，不得删除"],
        [None, "时效", "抢险加固完成时间", "2025年7月31日前", "汛期前完成"],
        [None, "成本", "屋面加固综合单价", "≤2200元/平方米", None],
        ["*效益", "社会效益", "正殿结构安全隐患", "有效排除", None],
        [None, "可持续影响", "加固后屋面安全使用年限", "≥15年", None],
        ["*满意度", "服务对象满意度", "宫观管理方满意度", "≥90%", None],
    ])  # fmt: skip
    sign(s, "卢檐青", "0752-3307716")
    return b


@variant("ao12-roof-template-rows", (5, 6, 13),
         "project, NAT-2021, numbered labels, header 预期目标: a tier-2 under the wrong tier-1, a "
         "tier-2 left from the template, a value without a name")  # fmt: skip
def ao12() -> Book:
    b, s = project(
        name="栖檐寺观音殿屋面修缮",
        dept=DEPT,
        unit="丹甍区文物管理所",
        money=one_year(120, 100, 20),
        goals=["修缮观音殿屋面380平方米，更换琉璃瓦件，11月底前竣工。"],
    )
    nameless = mk(None, "F110", "error", note="a value ≥95% with no indicator name")
    wrong = mk("（二）时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    empty = mk("（三）生态效益指标", "F109", "warning", row=True,
               note="tier-2 left from the template with no indicator")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ["一、产出指标", "（一）数量指标", "修缮殿堂屋面面积", "≥380平方米"],
        [None, None, "更换琉璃瓦件", "≥4600件"],
        [None, "（二）质量指标", "瓦件铺设验收合格率", "≥98%"],
        [None, None, nameless, "≥95%"],
        ["二、成本指标", "（一）经济成本指标", "屋面修缮综合单价", "≤2300元/平方米"],
        ["三、效益指标", "（一）社会效益指标", "殿堂屋面渗漏隐患", "有效消除"],
        [None, wrong, "修缮工程竣工时间", "2025年11月30日前"],
        [None, empty, None, None],
        [None, "（四）可持续影响指标", "修缮后屋面保固年限", "≥10年"],
        ["四、满意度指标", "（一）服务对象满意度指标", "寺院管理方满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "符瓴秀", "0752-3318842")
    return b
