"""Returns my01–my06: training, sanitation and road projects; a department table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout145.common import foot
from tests.variants.holdout145.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, ok, pct


@variant(
    "my01-training-inline", (1,), "project, NAT-2021, operators inside the values, merged tiers"
)
def my01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="青岭县新型职业农民技能培训项目", dept="青岭县农业农村局（306001）",
        unit="青岭县农业技术推广中心",
        money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(180, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["开展职业农民技能培训1200人以上，其中新型经营主体带头人200人以上，培训考核合格率"
               "达到90%，带动参训农户增收，参训学员满意度不低于90%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("成本指标", "经济成本指标", "人均培训成本", "≤1400元/人", "含食宿、教材、师资"),
        ("产出指标", "数量指标", "职业农民技能培训人数", "≥1200人"),
        (None, None, "新型经营主体带头人培训人数", "≥200人"),
        (None, None, "培训班期数", "≥24期"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, "实训课时占比", "≥40%"),
        (None, "时效指标", "培训任务完成时间", "11月30日前"),
        ("效益指标", "经济效益指标", "参训农户年均增收", "≥2000元/户"),
        (None, "社会效益指标", "取得职业技能等级证书人数", "≥600人"),
        (None, "可持续影响指标", "学员跟踪服务期", "≥1年"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "孟庆岚", "0736-5821146")
    return b


@variant(
    "my02-training-text-more", (1,), "project, NAT-2021, 年度目标 text counts against the table"
)
def my02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="桐溪区退役军人就业技能培训项目", dept="桐溪区退役军人事务局（512003）",
        unit="桐溪区退役军人服务中心",
        money=[("年度资金总额", money(120, WAN), "其中：财政拨款", money(110, WAN)),
               ("其他资金", money(10, WAN), None, None)],
        goals=["组织退役军人就业技能培训2000人，培训后就业率达到70%以上，开展专场招聘会6场，"
               "提升退役军人就业竞争力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标",
         "退役军人就业技能培训人数",
         mk("≥1200人", "D104", "warning", row=True,
            note="年度目标写培训2000人，指标只有≥1200人")),
        (None, None, "专场招聘会场次", "≥6场", "计划标准"),
        (None, None, "培训工种数", "≥8个"),
        (None, "质量指标", "培训结业率", "≥95%", "历史标准"),
        (None, None, "职业技能等级证书取得率", "≥60%"),
        (None, "时效指标", "培训资金拨付时间", "10月31日前"),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤1000元/人", "计划标准"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70%", "历史标准"),
        (None, "可持续影响指标", "就业跟踪回访覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度",
         mk(C(0.9), "T105", "error", alt=("T114", "T116"),
            note="满意度写成 0.9，没有百分比格式，显示为 0.9")),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "黄立群", "0517-6230418")
    return b


@variant("my03-department-sanitation", (12,), "department, NAT-2021, budget and tasks consistent")
def my03() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2026, dept="梅川市云栖区环境卫生管理所",
        budget=[(money(860.5), money(820.5), money(40), money(530.5), money(330))],
        tasks=[("城乡环境卫生整治", "主次干道及背街小巷保洁、清运", money(150),
                "保洁覆盖全部辖区道路"),
               ("公厕运行维护", "52座公厕日常保洁、维修", money(100), "公厕完好率≥95%"),
               ("垃圾分类宣传督导", "入户宣传、分类督导员配备", money(80), "居民分类知晓率≥90%"),
               ("金额合计", None, money(330), None)],
        goal="目标1：辖区道路机械化清扫率达到85%以上；目标2：52座公厕正常运行；"
             "目标3：生活垃圾日产日清，垃圾分类知晓率不低于90%。",
    )  # fmt: skip
    s.row("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", None, merge=[(5, 6)])
    top = s.r
    s.table([
        ("产出指标", "数量指标", "道路机械化清扫率", "≥85%"),
        (None, None, "管护公厕数量", "=52座"),
        (None, None, "配备垃圾分类督导员", "≥120人"),
        (None, "质量指标", "公厕完好率", "≥95%"),
        (None, None, "生活垃圾日产日清率", "100%"),
        (None, "时效指标", "垃圾清运及时率", "≥98%"),
        ("成本指标", "经济成本指标", "公厕单座年运维成本", "≤1.9万元/座"),
        ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥90%"),
        (None, "生态效益指标", "生活垃圾无害化处理率", "100%"),
        (None, "可持续影响指标", "环卫作业长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区居民对环境卫生满意度", "≥90%"),
    ], merged=(1, 2), col=2)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    foot(s, "冉晓枫", "0731-8865203", head="所长")
    return b


@variant("my04-roads-column-ops", (11,), "project, OLD-NAT, 比较符 and 计量单位 columns")
def my04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 10, 12, 12, 16))
    project_head(
        s, year=2026, name="石埠镇农村公路日常养护项目", dept="溪宁县交通运输局（418002）",
        unit="溪宁县石埠镇人民政府",
        money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成80公里农村公路日常养护，优良中等路率达到85%以上，路况问题投诉48小时内处理，"
               "保障群众安全便捷出行。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "日常养护农村公路里程", "≥", 80, "公里"),
        (None, None, "清理边沟长度", "≥", 60, "公里"),
        (None, None, "修补路面坑槽面积", "≥", 3000, "平方米"),
        (None, "质量指标", "优良中等路率", "≥", pct(0.85), "%"),
        (None, None, "养护工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "路况问题投诉处理及时率",
         ok("≤", note="≤ 跟着 48小时 写，一并改正即可"),
         mk(48, "T105", "error", row=True, alt=("T116",),
            note="及时率写成48小时：应为百分比，或改名为处理时限"), "小时"),
        (None, "成本指标", "每公里年养护成本",
         mk("≥", "T108", "warning", row=True, note="成本指标用≥"), 1.2, "万元/公里"),
        ("效益指标", "社会效益指标", "公路安全隐患整改率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "养护责任制落实", "=", "到位", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.88), "%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "覃永胜", "0743-4217730")
    return b


@variant("my05-library-columns", (1,), "project, OLD-NAT, operator and unit columns, percent cells")
def my05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 14, 28, 10, 12, 12, 18))
    project_head(
        s, year=2026, name="嵩原县城乡阅读推广项目", dept="嵩原县文化和旅游局（601004）",
        unit="嵩原县图书馆",
        money=[("年度资金总额", money(65, WAN), "其中：财政拨款", money(60, WAN)),
               ("其他资金", money(5, WAN), None, None)],
        goals=["新增馆藏图书15000册，建成乡镇分馆流通点12个，举办阅读推广活动80场，"
               "读者满意度达到90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    s.table([
        ("产出指标", "数量指标", "新增馆藏图书", "≥", 15000, "册"),
        (None, None, "乡镇分馆流通点", "≥", 12, "个"),
        (None, None, "阅读推广活动场次", "≥", 80, "场"),
        (None, "质量指标", "图书编目准确率", "≥", pct(0.98), "%"),
        (None, None, "流通点图书更新率", "≥", pct(0.3), "%", "每年更新册数/总册数"),
        (None, "时效指标", "新书上架周期", "≤", 15, "个工作日", "到馆至上架"),
        (None, "成本指标", "图书平均采购单价", "≤", 38, "元/册"),
        ("效益指标", "社会效益指标", "持证读者年增长率", "≥", pct(0.08), "%"),
        (None, None, "年借阅量", "≥", 20, "万册次"),
        (None, "可持续影响指标", "总分馆通借通还制度", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "郁海燕", "0398-7123356")
    return b


@variant("my06-water-negative-dates", (12,), "project, NAT-2021, money head and plan dates wrong")
def my06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    b.file_mark("B101", "error", alt=("B108",),
                note="其他资金填成 -20：总额 140 ≠ 财政拨款 120 + 其他资金 (-20)")  # fmt: skip
    project_head(
        s, year=2026, name="柳港镇农村供水管网改造项目", dept="澄水县水利局（320005）",
        unit="澄水县农村供水管理站",
        start=day(2026, 4, 1),
        end=mk(day(2026, 3, 31), "Y104", "error", note="计划完成日期早于计划开始日期"),
        money=[("年度资金总额", money(140, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", mk(money(-20, WAN), "B101", "error", required=False), None, None)],
        goals=["改造农村供水老旧管网35公里，新增受益人口1.2万人，管网漏损率降至12%以下，"
               "农村自来水普及率达到98%。"],
        attr="新增项目",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table([
        ("产出指标", "数量指标", "改造供水管网长度", "≥35公里"),
        (None, None, "新增受益人口", "≥1.2万人"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, None, "出厂水水质达标率", "≥95%"),
        (None, "时效指标", "工程完工时间", "12月31日前"),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "≤4万元/公里"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%"),
        (None, "生态效益指标", "管网漏损率", "≤12%"),
        (None, "可持续影响指标", "工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "邝志明", "0519-3368021")
    return b
