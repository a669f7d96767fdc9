"""Returns wn01–wn06: projects of folk instrumental orchestras (民族乐团): percent cells, stacked
projects, a three-year project with 中期 and 年度 columns, points at two levels."""

from __future__ import annotations

from tests.variants.holdout394.common import funds, indicators, new, project
from tests.variants.holdout394.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("wn01-village-concerts", (1,),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "0起 on an incident count (correct)")  # fmt: skip
def wn01() -> Book:
    b, s = new()
    project(s, "苇塘县民族乐团“民乐进乡村”惠民演出", "苇塘县文化和旅游局（318001）",
            "苇塘县民族乐团", funds(96, 80, 16),
            ["赴各乡镇、村社开展民族器乐惠民演出，丰富乡村群众文化生活。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "惠民演出场次", "≥", 40, "场"),
        (None, None, "覆盖乡镇数", "≥", 12, "个"),
        (None, "质量指标", "演出曲目审查合格率", "=", pct(1), "%"),
        (None, None, "演出安全责任事故", "≤", 0, "起"),
        (None, "时效指标", "演出计划按时完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单场演出成本", "≤", 2.2, "万元/场"),
        ("效益指标", "社会效益指标", "乡村群众民族音乐欣赏机会", None, "明显增加", None),
        (None, "可持续影响指标", "乡村演出点长效服务机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥", pct(0.9), "%"),
    ], header=OPS)  # fmt: skip
    return b


@variant("wn02-instrument-purchase", (1, 11),
         "project, OLD-NAT, operator and unit columns: an acceptance rate typed as 105%, a damage "
         "rate with ≥")  # fmt: skip
def wn02() -> Book:
    b, s = new()
    project(s, "钟曲市民族乐团乐器购置与维护", "钟曲市文化广电旅游局（402013）", "钟曲市民族乐团",
            funds(58, 50, 8), ["更新老化民族乐器并做好日常维护，保障乐团排练演出。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="验收合格率以 100% 为上限，≥105% 不可能达到")
    wrong = mk("≥", "T108", "warning", row=True, note="损坏率是反向指标，比较符应为 ≤")
    indicators(s, [
        ("产出指标", "数量指标", "新购民族乐器", "≥", 36, "件"),
        (None, None, "乐器维护保养次数", "≥", 4, "次"),
        (None, "质量指标", "新购乐器验收合格率", "≥", over, "%"),
        (None, None, "乐器年损坏率", wrong, pct(0.03), "%"),
        (None, "时效指标", "乐器采购完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "乐器平均采购单价", "≤", 1.2, "万元/件"),
        ("效益指标", "社会效益指标", "乐团演出音色质量", None, "明显提升", None),
        (None, "可持续影响指标", "乐器平均使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "演奏员满意度", "≥", pct(0.9), "%"),
    ], header=OPS)  # fmt: skip
    return b


@variant("wn03-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same name "
         "服务对象满意度 with different values in each project (correct)")  # fmt: skip
def wn03() -> Book:
    b, s = new()
    project(s, "潆川区民族乐团新春民乐音乐会", "潆川区文化体育局（207004）", "潆川区民族乐团",
            funds(45, 45, 0), ["举办新春民乐音乐会，首演原创民乐作品。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新春音乐会演出场次", "≥3场"),
        (None, None, "原创民乐作品首演", "≥2首"),
        (None, "质量指标", "演出节目审核通过率", "=100%"),
        (None, "时效指标", "音乐会举办时间", "2025年2月28日前"),
        (None, "成本指标", "单场音乐会成本", "≤15万元/场"),
        ("效益指标", "社会效益指标", "民族音乐社会影响力", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, "潆川区青少年民乐团暑期集训", "潆川区文化体育局（207004）", "潆川区民族乐团",
            funds(30, 24, 6), ["组织青少年民乐团暑期集训，提高合奏水平。"], title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "集训学员人数", "≥120人"),
        (None, None, "集训课时", "≥96课时"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "集训完成时间", "2025年8月31日前"),
        (None, "成本指标", "人均集训成本", "≤2500元/人"),
        ("效益指标", "社会效益指标", "青少年民乐合奏水平", "有所提高"),
        (None, "可持续影响指标", "青少年民乐后备人才储备", "持续增强"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant("wn04-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
         "财政拨款 + 其他资金, and a 完成率 given as a count")  # fmt: skip
def wn04() -> Book:
    b, s = new()
    project(s, "钟曲市民族乐团“丝竹雅韵”周末音乐会", "钟曲市文化广电旅游局（402013）",
            "钟曲市民族乐团", funds(36, 30, 6),
            ["全年举办周末民乐音乐会，培育民乐观众群体。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "周末音乐会场次", "≥24场"),
        (None, "质量指标", "演出节目审核通过率", "=100%"),
        (None, "时效指标", "音乐会按月举办率", "≥95%"),
        (None, "成本指标", "单场音乐会成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "市民民乐欣赏氛围", "逐步形成"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(40, WAN), "B101", "error", row=True, note="30 + 12 = 42，不是 40")
    other = ok(money(12, WAN), "error", note="同一笔不平的账，落在其他资金上也可")
    project(s, "钟曲市民族乐团乐谱档案数字化", "钟曲市文化广电旅游局（402013）",
            "钟曲市民族乐团", [["年度资金总额", total, "其中：财政拨款", money(30, WAN)],
                               ["其他资金", other, None, None]],
            ["完成馆藏民乐乐谱档案的扫描、著录和数字化入库。"], title="")  # fmt: skip
    count = mk("1200册", "T105", "error", note="完成率给的是册数，应为百分比")
    indicators(s, [
        ("产出指标", "数量指标", "乐谱档案扫描著录", "≥1200册"),
        (None, None, "乐谱档案数字化完成率", count),
        (None, "质量指标", "数字化档案验收合格率", "≥98%"),
        (None, "时效指标", "入库完成时间", "2025年11月30日前"),
        (None, "成本指标", "每册乐谱数字化成本", "≤300元/册"),
        ("效益指标", "可持续影响指标", "民乐乐谱资源长期保存", "有效保障"),
        ("满意度指标", "服务对象满意度指标", "乐团演奏员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wn05-three-year-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: two cumulative counts copied into "
         "the annual column, one annual count above its period count")  # fmt: skip
def wn05() -> Book:
    b, s = new()
    money_rows = [["中期资金总额", money(360, WAN), "年度资金总额", money(120, WAN)],
                  ["其中：财政拨款", money(300, WAN), "其中：财政拨款", money(100, WAN)],
                  ["其他资金", money(60, WAN), "其他资金", money(20, WAN)]]  # fmt: skip
    project(s, "苇塘县民族管弦乐团建设三年行动", "苇塘县文化和旅游局（318001）",
            "苇塘县民族乐团", money_rows,
            ["三年内建成编制齐全的民族管弦乐团，形成常态化驻场演出。",
             "完成首批演奏员签约和驻场演出季，启动基层辅导。"], years=3)  # fmt: skip
    copied = "中期累计数照抄到年度列：三年项目的年度值应小于中期值"
    indicators(s, [
        ("产出指标", "数量指标", "新排演民族管弦乐曲目", "≥30首",
         mk("≥30首", "D202", "warning", note=copied)),
        (None, None, "驻场演出场次", "≥150场", "≥50场"),
        (None, None, "签约演奏员", "≥20人",
         mk("≥24人", "D201", "error", note="年度 24 人超过三年合计 20 人")),
        (None, None, "基层辅导讲座", "≥45场", mk("≥45场", "D202", "warning", note=copied)),
        (None, "质量指标", "演出节目审核通过率", "=100%", "=100%"),
        (None, "时效指标", "演出计划按时完成率", "≥95%", "≥95%"),
        (None, "成本指标", "单场驻场演出成本", "≤2万元/场", "≤2万元/场"),
        ("效益指标", "社会效益指标", "民族音乐公众普及度", "逐年提升", "有所提升"),
        (None, "可持续影响指标", "乐团专业化建设水平", "持续提升", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("wn06-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def wn06() -> Book:
    b, s = new()
    project(s, "鹭汀市民族乐团“国乐少年”普及工程", "鹭汀市文化和旅游局（115020）",
            "鹭汀市民族乐团", funds(80, 70, 10),
            ["走进中小学开展民乐普及演出和课程，扩大青少年民乐普及面。"])  # fmt: skip
    indicators(s, [
        ("产出指标", 40, "数量指标", "进校园普及演出场次", "≥25场", 10),
        (None, None, None, "普及课程覆盖学校", "≥20所", 10),
        (None, None, "质量指标", "普及课程教案审定合格率", "≥95%", 10),
        (None, None, "时效指标", "学期普及计划按时完成率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "单场普及演出成本", "≤2万元/场", 10),
        (None, None, None, "普及乐器租借费用", "≤12万元", 10),
        ("效益指标", 30, "社会效益指标", "中小学生民乐普及率", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "校园民乐社团长效运行机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "师生满意度", "≥90%", 10),
    ], header=("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值"),
       merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
