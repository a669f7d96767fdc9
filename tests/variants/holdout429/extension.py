"""Returns xw07–xw12: the extension half (脱毒种薯推广补贴, 示范 and 培训 in the counties)."""

from __future__ import annotations

from tests.variants.holdout429.common import (
    GAOPING,
    PROVINCE_DEPT,
    SHILIANG,
    YEAR,
    YUKOU,
    book,
    funds,
    indicators,
    notes,
    project,
    signature,
)
from tests.variants.holdout429.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("xw07-points-two-levels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), "
         "an indicator score column adding to 100, a 合计 row, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def xw07() -> Book:
    b, s = book()
    project(s, "石梁县脱毒种薯推广补贴", SHILIANG, funds(450, 400, 50),
            "补贴推广脱毒种薯2万亩，种植户种薯更新率提高5个百分点。")  # fmt: skip
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "脱毒种薯推广面积", "≥2万亩", 15),
        (None, None, "补贴种植户", "≥4000户", 10),
        (None, "2.质量指标", "补贴种薯质量抽检合格率", "≥95%", 10),
        (None, "3.时效指标", "补贴资金兑付完成时间", "6月30日前", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "每亩种薯补贴标准", "≤200元/亩", 20),
        ("三、效益指标（30分）", "1.经济效益指标", "推广区马铃薯亩均增产", "≥15%", 15),
        (None, "2.社会效益指标", "种植户种薯更新率提高", "≥5百分点", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "补贴种植户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    notes(s, "注：一级指标后括号内为该级分值，各三级指标分值之和为100分。")
    signature(s, "罗婉清", "0935-4417206")
    return b


@variant("xw08-marked-labels-parent", (5, 10),
         "project, OLD-NAT, labels with ★ and * and abbreviations, a tier-1 score column: "
         "one tier-2 under the wrong tier-1, one tier's indicator scores short of its "
         "score")  # fmt: skip
def xw08() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 14, 10))
    project(s, "高坪市脱毒种薯示范推广", GAOPING, funds(320, 300, 20),
            "建设脱毒种薯示范区1.5万亩，示范区种薯质量抽检合格率不低于95%。")  # fmt: skip
    short = mk(50, "W103", "error", alt=("W101",), note="产出 scores 20 + 10 + 5 + 10 = 45, not 50")
    wrong = mk("质量指标", "F105", "error", note="质量指标 belongs under 产出, not 效益")
    rows = [
        ("★产出指标", short, "*数量", "脱毒种薯示范面积", "≥1.5万亩", 20),
        (None, None, None, "示范区核心样板", "≥15个", 10),
        (None, None, "*时效", "示范种薯到村时间", "3月31日前", 5),
        (None, None, "*成本", "示范种薯每亩补助", "≤200元/亩", 10),
        ("★效益", 30, "经济效益", "示范区亩均增收", "≥500元", 10),
        (None, None, "社会效益", "辐射带动推广面积", "≥5万亩", 10),
        (None, None, wrong, "示范区种薯质量抽检合格率", "≥95%", 10),
        ("满意度", 20, "服务对象满意度", "示范户满意度", "≥90%", 20),
    ]
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, rows, merged=(1, 2, 3))
    signature(s, "符子衡", "0936-3380524")
    return b


@variant("xw09-two-row-header-standard", (7,),
         "project, OLD-NAT, a two-row header with 指标内容 and 绩效标准, a 下降率 with ≥, "
         "0起 on an incident count, =100% typed as text (correct)")  # fmt: skip
def xw09() -> Book:
    b, s = book()
    project(s, "脱毒种薯调运检疫与质量监管", YUKOU, funds(96, 96, 0),
            "完成调运种薯检疫1.2万吨，杜绝带毒种薯流入大田。")  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", merge=[(1, 3)])
    s.ws.merge_cells(start_row=s.r, start_column=4, end_row=s.r + 1, end_column=4)
    rows = [
        ("产出指标", "数量指标", "调运种薯检疫量", "≥1.2万吨"),
        (None, None, "种薯田间检验面积", "≥8000亩"),
        (None, "质量指标", "调运种薯检疫合格率", "=100%"),
        (None, None, "种薯质量安全事故", "0起"),
        (None, "时效指标", "检疫证书办理时限", "≤3个工作日"),
        (None, "成本指标", "田间检验亩均费用", "≤60元/亩"),
        ("效益指标", "社会效益指标", "大田种薯带毒率下降率", "≥10%"),
        (None, "可持续影响指标", "种薯质量追溯档案建档率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种薯经营主体满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", None), rows)
    signature(s, "梁振川", "0937-5520318")
    return b


@variant("xw10-second-sheet-page-break", (4, 7),
         "project: head on the first sheet, the table on a second sheet under 预期实现值 with a "
         "unit column and the header repeated after a page break; a rate as a count, a unit "
         "conflict")  # fmt: skip
def xw10() -> Book:
    b, s = book("基本信息")
    project(s, "石梁县脱毒种薯推广与技术服务", SHILIANG, funds(260, 240, 20),
            "推广脱毒种薯1.8万亩，提高脱毒种薯覆盖率。")  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 32, 14, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    cover = mk(18000, "T105", "error", note="a 覆盖率 given as an area (亩)")
    homes = mk("≥3600亩", "T112", "error", note="亩 in the value, 户 in the unit column")
    indicators(t, head, [
        ("产出指标", "数量指标", "脱毒种薯推广面积", "≥1.8", "万亩"),
        (None, None, "脱毒种薯覆盖率", cover, "亩"),
        (None, None, "带动种植户", homes, "户"),
        (None, "质量指标", "推广种薯质量抽检合格率", "≥95", "%"),
        (None, "时效指标", "春播前种薯到户时间", "4月20日前", None),
    ])  # fmt: skip
    t.skip()
    indicators(t, head, [
        ("产出指标", "成本指标", "每亩技术服务费用", "≤80", "元/亩"),
        ("效益指标", "经济效益指标", "推广区亩均增收", "≥450", "元"),
        (None, "社会效益指标", "开展田间技术指导", "≥120", "场次"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90", "%"),
    ])  # fmt: skip
    signature(t, "罗婉清", "0935-4417206")
    return b


@variant("xw11-direction-columns", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, "
         "bare numbers with a unit column: a 反向 rate with ≥, a 正向 area with ≤, "
         "a cost cap beyond the money")  # fmt: skip
def xw11() -> Book:
    b, s = book(widths=(12, 14, 28, 10, 10, 10, 10))
    project(s, "高坪市原种扩繁与大田推广", GAOPING, funds(420, 380, 40),
            "扩繁原种3000亩，推广脱毒种薯3万亩，降低种薯病毒复感率。")  # fmt: skip
    reinf = mk("≥", "T108", "warning", row=True, note="复感率 is 反向 but takes ≥")
    area = mk("≤", "T108", "warning", row=True, note="推广面积 is 正向 but takes ≤")
    cost = mk(1800, "B107", "warning", row=True, note="1800元/亩 × 3000亩 = 540万元 > 420万元")
    rows = [
        ("产出指标", "数量指标", "原种扩繁面积", "正向", "≥", 3000, "亩"),
        (None, None, "脱毒种薯大田推广面积", "正向", area, 3, "万亩"),
        (None, "质量指标", "原种质量抽检合格率", "正向", "≥", 95, "%"),
        (None, None, "种薯病毒复感率", "反向", reinf, 5, "%"),
        (None, "时效指标", "原种收获入窖完成时限", "反向", "≤", 30, "天"),
        (None, "成本指标", "原种扩繁每亩成本", "反向", "≤", cost, "元/亩"),
        ("效益指标", "经济效益指标", "推广区亩均增产", "正向", "≥", 200, "公斤"),
        (None, "可持续影响指标", "合作扩繁企业", "正向", "≥", 6, "家"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", "≥", 90, "%"),
    ]
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, rows)
    signature(s, "符子衡", "0936-3380524")
    return b


@variant("xw12-notes-signature", (4,),
         "project, OLD-NAT, one value column; a 填表说明 row inside the table, a 说明 "
         "row between tiers, 注 lines, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def xw12() -> Book:
    b, s = book()
    project(s, "脱毒种薯生产技术培训", PROVINCE_DEPT.split("（")[0], funds(68, 68, 0),
            "培训种薯生产技术骨干1200人次，培训合格率不低于90%。")  # fmt: skip
    s.row(*HEAD4)
    s.row("（填表说明：三级指标由项目单位自行设置，指标值应可量化考核）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "培训种薯生产技术骨干", "≥1200人次"),
        (None, None, "编印脱毒种薯生产技术手册", "≥5000册"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训任务完成时间", "9月30日前"),
        (None, "成本指标", "人均培训费用", "≤450元/人次"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：效益指标按培训后一年跟踪调查结果考核。", merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "参训人员脱毒种薯技术应用率", "≥80%"),
        (None, "可持续影响指标", "建立县级种薯技术服务队", "≥10支"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.人均培训费用含食宿、资料和场地费用。", "2.本表金额单位为万元。", width=4)
    notes(s, "填表说明：指标值须与年度绩效目标相衔接。", width=4)
    signature(s, "祁晓岚", "0937-6281172", day(YEAR - 1, 10, 28, CN_DATE))
    return b
