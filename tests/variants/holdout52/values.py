"""Returns whose values read like other things (≥4次/日, ≤3‰, ≥1:1.5, ≤15/10万, 每月1次,
3A级以上, 95分以上, 100%（含）), points with tier totals on the tier row, tiers filled down in
every row, and indicator names that begin with table words (all correct)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout52.common import one_year, signatures, w
from tests.variants.holdout52.registry import variant
from tests.variants.kit import Book, pct


@variant(
    "jj09-odd-values",
    (1,),
    "one-year project, NAT-2021, one value column with values "
    "that read like other things: ≥4次/日, ≤3‰, ≥1:1.5, ≤15/10万, 每月1次, 达到国家二级标准, "
    "100%（含）, 较上年提高2个百分点",
)
def jj09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 22))
    project_head(
        s, year=2026, name="妇幼健康服务能力提升项目", dept="青岚市卫生健康委员会（208）",
        unit="青岚市妇幼保健院", money=one_year(420, 380, 40),
        goals=("为5200名孕产妇提供免费产前筛查，新生儿疾病筛查4800人；孕产妇死亡率控制在"
               "15/10万以下，新生儿死亡率控制在3‰以下。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "产前筛查人均成本", "≤260元/人"),
            (None, None, "新生儿疾病筛查人均成本", "≤180元/人"),
            ("产出指标", "数量指标", "孕产妇免费产前筛查人数", "≥5200人"),
            (None, None, "新生儿疾病筛查人数", "≥4800人"),
            (None, None, "院区医疗废水在线监测频次", "≥4次/日"),
            (None, None, "妇幼健康服务质量督导", "每月1次"),
            (None, "质量指标", "孕产妇系统管理率", "≥92%"),
            (None, None, "新生儿疾病筛查率", "≥98%"),
            (None, None, "妇幼保健院医护比", "≥1:1.5"),
            (None, None, "医疗废水排放", "达到国家二级标准"),
            (None, "时效指标", "筛查阳性结果告知时限", "≤7个工作日"),
            ("效益指标", "社会效益指标", "孕产妇死亡率", "≤15/10万"),
            (None, None, "新生儿死亡率", "≤3‰"),
            (None, None, "高危孕产妇住院分娩率", "100%（含）"),
            (None, None, "早孕建册率", "较上年提高2个百分点"),
            (None, "可持续影响指标", "妇幼健康信息平台运行", "稳定"),
            ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "方志远", "石慧敏", "龙嘉怡", "0739-2218830", "2025年11月24日")
    return b


@variant(
    "jj10-points-tier-row",
    (10,),
    "one-year project, OLD-NAT, a 分值 column: each tier-1 "
    "on a row of its own carrying the tier total, indicator points below, 合计 100; values "
    "3A级以上 and 95分以上",
)
def jj10() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 16, 10))
    project_head(
        s, year=2026, name="全域旅游推广与景区提质项目", dept="白沙河区文化和旅游局（715）",
        unit="白沙河区旅游发展中心", money=one_year(360, 300, 60),
        goals=("举办文旅推介活动12场，新增A级旅游景区2个，接待游客人次增长8%以上，"
               "游客满意度达到90%以上。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("产出指标", None, None, None, 50),
            (None, "数量指标", "举办文旅推介活动场次", "≥12场", 8),
            (None, None, "新增A级旅游景区", "≥2个", 6),
            (None, None, "旅游宣传短视频播放量", "≥500万次", 6),
            (None, "质量指标", "新建景区评定等级", "3A级以上", 8),
            (None, None, "旅游厕所改造验收合格率", "100%", 6),
            (None, "时效指标", "推介活动按计划完成率", "≥95%", 6),
            (None, "成本指标", "单场推介活动成本", "≤15万元/场", 10),
            ("效益指标", None, None, None, 40),
            (None, "经济效益指标", "接待游客人次增长率", "≥8%", 10),
            (None, None, "旅游综合收入增长率", "≥6%", 10),
            (None, "社会效益指标", "景区服务质量考核得分", "95分以上", 10),
            (None, "可持续影响指标", "文旅品牌影响力", "持续提升", 10),
            ("满意度指标", None, None, None, 10),
            (None, "服务对象满意度指标", "游客满意度", "≥90%", 10),
            ("合计", None, None, None, 100),
        ],
        merged=(1,),
    )
    signatures(s, "毛建国", "柳红", "季晨", "0739-7716204", "2025年11月27日")
    return b


@variant(
    "jj11-filled-down-tiers",
    (5,),
    "department, NAT-2021, tier-1 and tier-2 written out "
    "in every row (no merged cells), operator and unit columns, percent cells",
)
def jj11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 12))
    department_head(
        s, year=2026, dept="青岚市图书馆",
        budget=[(w(1486.2), w(1420.2), w(66), w(934.7), w(551.5))],
        tasks=[
            ("文献资源购置", "采购纸质图书5.6万册及期刊报纸", w(268.0), "馆藏持续增长"),
            ("数字图书馆运维", "数字资源平台运维及数据库续订", w(126.5), "平台稳定运行"),
            ("全民阅读推广", "讲座、展览、读书会等阅读推广活动", w(98.0), "阅读活动320场"),
            ("总分馆流通服务", "46个服务点通借通还", w(59.0), "城乡服务均等"),
            ("金额合计", None, w(551.5), None),
        ],
        goal="完善全市总分馆服务体系，新增纸质馆藏5.6万册，举办阅读推广活动320场，读者满意度"
             "92%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    for row in [
        ("成本指标", "经济成本指标", "纸质图书平均采购单价", "≤", 45, "元/册"),
        ("产出指标", "数量指标", "新增纸质馆藏", "≥", 5.6, "万册"),
        ("产出指标", "数量指标", "举办阅读推广活动", "≥", 320, "场"),
        ("产出指标", "数量指标", "通借通还服务点", "≥", 46, "个"),
        ("产出指标", "数量指标", "数字资源访问量", "≥", 180, "万次"),
        ("产出指标", "质量指标", "图书编目数据准确率", "≥", pct(0.99), None),
        ("产出指标", "时效指标", "新书上架周期", "≤", 15, "天"),
        ("效益指标", "社会效益指标", "年到馆读者人次", "≥", 120, "万人次"),
        ("效益指标", "社会效益指标", "持证读者数量", "≥", 26, "万人"),
        ("效益指标", "可持续影响指标", "总分馆服务覆盖乡镇比例", "≥", pct(0.9), None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.92), None),
    ]:
        s.row(*row)
    signatures(s, "陶文静", "严志刚", "白露", "0739-2290641", "2025年11月22日")
    return b


@variant(
    "jj12-table-word-names",
    (4,),
    "one-year project, OLD-NAT, units only in the unit "
    "column; real indicators named 注册志愿者人数, 说明书发放份数, 合计完成投资额",
)
def jj12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 14, 30, 14, 12))
    project_head(
        s, year=2026, name="新时代文明实践中心（站）建设及志愿服务项目",
        dept="中共临溪县委宣传部（102）", unit="临溪县新时代文明实践中心",
        attr="一次性项目", money=one_year(420, 350, 70),
        goals=("新建村级新时代文明实践站36个，注册志愿者8000人，开展志愿服务活动1200场，发放"
               "惠民政策说明书2万份，完成投资420万元。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "新建村级文明实践站", "≥36", "个"),
            (None, None, "注册志愿者人数", "≥8000", "人"),
            (None, None, "开展志愿服务活动场次", "≥1200", "场"),
            (None, None, "说明书发放份数", "≥20000", "份"),
            (None, None, "合计完成投资额", "≥420", "万元"),
            (None, "质量指标", "实践站建设验收合格率", 100, "%"),
            (None, None, "志愿服务活动记录规范率", "≥95", "%"),
            (None, "时效指标", "实践站建成时间", "2026年9月30日前", None),
            (None, "成本指标", "单站建设成本", "≤8", "万元/个"),
            ("效益指标", "社会效益指标", "志愿服务时长", "≥15", "万小时"),
            (None, None, "群众参与文明实践活动", "≥10", "万人次"),
            (None, "可持续影响指标", "志愿服务积分兑换机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "姚振东", "秦素琴", "江帆", "0736-5102276", "2025年11月26日")
    return b
