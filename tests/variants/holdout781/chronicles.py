"""Returns on compiling village chronicles (村志) (kdk07–kdk12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout781.common import (
    CHRONICLE,
    T4,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    w,
)  # fmt: skip
from tests.variants.holdout781.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kdk07-village-words", (7, 11),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators in words in 指标方向, "
         "unit column (correct)")  # fmt: skip
def kdk07() -> Book:
    b, s = start()
    goal = ("完成6个中国传统村落村志的资料征集和初稿编纂，其中3部通过评审后出版，"
            "每部印制300册，赠阅村民并入藏县档案馆。")  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="云岫县“一村一志”编纂项目",
        dept="云岫县地方志办公室 520318",
        unit="云岫县地方志办公室",
        money=one_year(w(48), w(40), w(8)),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "村志初稿编纂数量", "大于等于", 6, "部"),
        (None, None, "村志出版数量", "大于等于", 3, "部"),
        (None, None, "每部村志印制册数", "大于等于", 300, "册"),
        (None, "质量指标", "村志评审通过率", "等于", 100, "%"),
        (None, None, "村志记述史实差错率", "小于等于", 0.5, "%"),
        (None, "时效指标", "村志初稿完成时间", "小于等于", day(YEAR, 10, 31), None),
        (None, "成本指标", "每部村志编纂补助标准", "小于等于", 6, "万元/部"),
        (None, None, "村志印制单价", "小于等于", 40, "元/册"),
        ("效益指标", "社会效益指标", "村志赠阅村民户数", "大于等于", 1800, "户"),
        (None, "可持续影响指标", "村志资料入藏县档案馆", "等于", "完整入藏", None),
        ("满意度指标", "服务对象满意度指标", "村民对村志内容满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：编纂补助按初稿6部计，印制费按出版3部、每部300册计。")
    sign(s, "黎书远", "苏晓棠", "0873-6157731")
    return b


@variant("kdk08-township-numbered", (5,),
         "project, NAT-2021, numbered tier labels: goal count, a rate under 时效, a deadline "
         "in the next year")  # fmt: skip
def kdk08() -> Book:
    b, s = start()
    goal = "2025年完成桐梁县12个行政村村志续修初稿，组织专家评审，评审合格率达到95%以上。"
    project_head(
        s,
        year=YEAR,
        name="桐梁县村志续修项目",
        dept="桐梁县地方志编纂中心 520409",
        unit="桐梁县地方志编纂中心",
        money=one_year(w(30), w(30), w(0)),
        goals=[goal],
    )
    indicators(s, T4, [
        ("一、产出指标", "（一）数量指标", "村志续修初稿数量",
         mk("≥10部", "D104", "warning", row=True, note="年度目标写12个行政村，指标却是10部")),
        (None, None, "口述史采访村民人数", "≥240人"),
        (None, "（二）质量指标", "初稿资料引用注明出处比例", "=100%"),
        (None, "（三）时效指标", mk("村志评审合格率", "F201", "warning", row=True,
                                   note="合格率是质量指标，却填在时效指标下"), "≥95%"),
        (None, None, "初稿提交评审时间",
         mk("2026年3月31日前", "Y102", "error", note="一年期2025年项目，期限却在2026年")),
        ("二、成本指标", "（四）经济成本指标", "每部村志续修补助", "≤2.5万元/部"),
        ("三、效益指标", "（五）社会效益指标", "村志续修参与村民人次", "≥600人次"),
        ("四、满意度指标", "（六）服务对象满意度指标", "村委会满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦明哲", "莫雨桐", "0874-3326510")
    return b


@variant("kdk09-training-points", (5, 10),
         "project, NAT-2021, tier labels with points and a score column, both levels add to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def kdk09() -> Book:
    b, s = start()
    goal = "举办村志编纂业务培训班4期，培训全省修志人员320人次，提高村志稿件一次通过率。"
    project_head(s, year=YEAR, name="澄岭省村志编纂业务培训项目", dept=CHRONICLE,
                 unit="澄岭省地方志编纂委员会办公室", money=one_year(w(25), w(25), w(0)),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "培训班期数", "≥4期", 10),
        (None, None, "培训修志人员人次", "≥320人次", 15),
        (None, "质量指标", "培训考核合格率", "≥95%", 15),
        (None, "时效指标", "培训完成时间", "2025年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤700元/人次", 10),
        ("效益指标（30分）", "社会效益指标", "村志稿件一次通过率提高", "≥5百分点", 15),
        (None, "可持续影响指标", "编纂指导手册使用率", "≥80%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，不重复相加。")
    sign(s, "何简之", "冯思琪", "0871-6631275")
    return b


@variant("kdk10-town-chronicle-points", (10,),
         "project, NAT-2021, a tier score column and an indicator score column: 产出 points "
         "do not add up, a conflicting duplicate, a cost under 数量")  # fmt: skip
def kdk10() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 28, 16, 8))
    goal = "2025年完成《沙埠镇志》编纂出版，全书约80万字，调查入志村落18个，印制500册。"
    project_head(
        s,
        year=YEAR,
        name="沙埠镇志编纂出版项目",
        dept="桐梁县地方志编纂中心 520409",
        unit="桐梁县沙埠镇人民政府",
        money=one_year(w(40), w(36), w(4)),
        goals=[goal],
    )
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="产出指标下各指标分值合计45分，不是50分"),
         "数量指标", "镇志入志村落调查数量", "≥18个", 10),
        (None, None, None, "镇志篇章数", "≥25章", 5),
        (None, None, None, mk("每万字编纂成本", "F201", "warning", row=True,
                              note="成本指标填在数量指标下"), "≤0.3万元/万字", 5),
        (None, None, None, mk("镇志入志村落调查数", "D102", "error", row=True, alt=("D103",),
                              note="与上面“镇志入志村落调查数量”同一指标，18个/15个"),
         "≥15个", 5),
        (None, None, "质量指标", "镇志评审合格率", "=100%", 10),
        (None, None, "时效指标", "镇志出版时间", "2025年12月31日前", 10),
        ("成本指标", 10, "经济成本指标", "镇志印制单价", "≤60元/册", 10),
        ("效益指标", 30, "社会效益指标", "镇志赠阅单位数", "≥120家", 15),
        (None, None, "可持续影响指标", "镇志资料入库率", "=100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "读者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95分：产出分值短缺的后果，容许")  # fmt: skip
    sign(s, "韦明哲", "陆清禾", "0874-3326522")
    return b


@variant("kdk11-flat-archives-bureau", (3, 1, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent, a footnote explaining 金额合计 (correct)")  # fmt: skip
def kdk11() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="云岫县档案馆",
                    budget=[(w(320), w(300), w(20), w(210), w(110))],
                    goal="完成馆藏档案数字化15万页，编纂村志2部，举办档案展览3场，确保档案安全。",
                    tasks=[("档案数字化", "馆藏文书档案扫描、著录", w(60), "数字化15万页"),
                           ("村志编纂", "两个传统村落村志编纂", w(30), "完成村志2部"),
                           ("档案展览", "乡土记忆档案展及巡展", w(20), "举办展览3场"),
                           ("金额合计", None, w(110), None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("档案数字化页数", 20, "万页", "≥", 15),
        ("村志编纂数量", 15, "部", "≥", 2),
        ("档案展览场次", 15, "场", "≥", 3),
        ("馆藏档案安全事故", 15, "起", "≤", 0),
        ("查档平均办结时间", 15, "工作日", "≤", 3),
        ("档案利用服务满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，基本支出210万元不列入年度主要任务。")
    sign(s, "钟砚秋", "罗梓涵", "0873-6152094")
    return b


@variant("kdk12-flat-chronicle-centre", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
         "short of 100, a task's count given otherwise")  # fmt: skip
def kdk12() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="桐梁县地方志编纂中心",
                    budget=[(w(150), w(140), w(10), w(90), w(60))],
                    goal="完成村志编纂5部，出版《桐梁年鉴》，培训基层修志人员，提升志书质量。",
                    tasks=[("村志编纂", "5个行政村村志编纂", w(35), "完成村志5部"),
                           ("修志培训", "乡镇、村修志人员业务培训", w(10), "培训修志人员200人次"),
                           ("年鉴编纂", "《桐梁年鉴》资料征集与出版", w(15), "出版年鉴1部"),
                           ("金额合计", None, w(60), None)])  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("村志编纂完成数量", "≥5", "部", 20),
        ("修志人员培训人次", mk("≥150", "D104", "warning", row=True,
                               note="年度主要任务写培训200人次，指标却是150人次"), "人次", 15),
        ("《桐梁年鉴》出版数量", "≥1", "部", 15),
        ("年鉴资料征集单位数", "≥60", "家", 15),
        ("志书评审合格率", "=100", "%", 15),
        ("读者满意度", "≥90", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，不是100")
    sign(s, "韦明哲", "莫雨桐", "0874-3326510")
    return b
