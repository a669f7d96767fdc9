"""Department-wide returns (部门整体支出) of public institutions (invented): a maternal and
child health centre, a vocational school with its budget in 元 and its tasks in 万元, and a
research institute whose money does not add up."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout10.forms import (
    WAN2,
    cn_day,
    indicators,
    labelled,
    line,
    signatures,
    title,
)
from tests.variants.holdout10.registry import variant
from tests.variants.kit import Book, mk, money


@variant(
    "u03-health-centre-department-ok",
    (4, 12),
    "department (妇幼保健院), NAT-2021, 基本支出 + 项目支出 and 财政拨款 + 其他资金 both equal "
    "the total, tasks adding to 项目支出, rates in 1/10万 and ‰, grade 较好, time limits",
)
def health_centre_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 36, 16))
    department_head(
        s,
        year=2026,
        dept="澄溪县妇幼保健院",
        budget=[
            (
                money(3860.5, WAN2),
                money(1260.5, WAN2),
                money(2600, WAN2),
                money(2980.5, WAN2),
                money(880, WAN2),
            )
        ],
        goal="落实基本公共卫生服务妇幼项目，孕产妇系统管理率不低于90%，新生儿疾病筛查率"
        "不低于98%，完成农村妇女“两癌”免费检查6500人以上，孕产妇死亡率、婴儿死亡率"
        "控制在省定目标以内。",
        tasks=[
            (
                "孕产妇及儿童健康管理",
                "孕前优生健康检查、孕产妇系统管理、0—6岁儿童健康管理",
                money(420, WAN2),
                "孕产妇系统管理率≥90%",
            ),
            (
                "出生缺陷综合防治",
                "新生儿遗传代谢病及听力筛查、产前筛查",
                money(310, WAN2),
                "新生儿疾病筛查率≥98%",
            ),
            (
                "农村妇女“两癌”检查",
                "35—64岁农村妇女宫颈癌、乳腺癌免费检查",
                money(150, WAN2),
                "完成“两癌”检查≥6500人",
            ),
            ("金额合计", None, money(880, WAN2), None),
        ],
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "年度指标值", "指标解释", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "农村妇女“两癌”免费检查人数",
                "≥6500人",
                "反映当年完成宫颈癌、乳腺癌免费检查的农村妇女人数。",
                None,
            ),
            (
                None,
                None,
                "新生儿听力筛查人数",
                "≥5200人",
                "反映县内助产机构出生活产儿中完成听力初筛的人数。",
                None,
            ),
            (
                None,
                "质量指标",
                "孕产妇系统管理率",
                "≥90%",
                "反映孕期接受早孕建册、5次及以上产前检查和产后访视的产妇比例。",
                None,
            ),
            (None, None, "新生儿疾病筛查率", "≥98%", "反映接受遗传代谢病筛查的活产儿比例。", None),
            (
                None,
                "时效指标",
                "“两癌”检查异常结果通知时限",
                "≤10个工作日",
                "反映检查结果异常者自出具报告之日起被通知复查的时间。",
                None,
            ),
            (
                None,
                None,
                "孕产妇死亡病例报告时限",
                "24小时内",
                "反映发生孕产妇死亡后网络直报的时限。",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "“两癌”检查人均补助标准",
                "≤230元/人",
                "反映每名受检妇女的检查补助，6500人×230元=149.5万元，在任务预算150万元以内。",
                None,
            ),
            (
                "效益指标",
                "社会效益指标",
                "孕产妇死亡率",
                "≤12/10万",
                "反映每10万活产中孕产妇死亡人数，反向指标。",
                "省定目标",
            ),
            (
                None,
                None,
                "婴儿死亡率",
                "≤4‰",
                "反映每千名活产中未满1周岁死亡人数，反向指标。",
                "省定目标",
            ),
            (
                None,
                "可持续影响指标",
                "妇幼健康服务能力",
                "较好",
                "按好、较好、一般三档评定，由县卫健局年度考核确定。",
                None,
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "孕产妇及儿童家长满意度",
                "≥90%",
                "反映随机回访的孕产妇及儿童家长中满意的比例。",
                None,
            ),
        ],
    )
    line(s, 1, 6, "填报说明：1.金额单位为万元；2.年度指标值中“≥”“≤”均含本数；3.‰为千分比。")
    return b


@variant(
    "u16-vocational-department-yuan-ok",
    (1, 10, 12),
    "department (职业学校), NAT-2021, budget block in 元 and key tasks in 万元 (5,600,000.00元 = "
    "560.00万元), points adding to 100, a subsidy standard fixed by policy written with =",
)
def vocational_department_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (16, 18, 30, 18, 16, 30))
    title(s, "2026年度部门整体支出绩效目标申报表", 1, 6)
    s.row(
        "部门（单位）名称",
        "梧岭市交通职业技术学校",
        None,
        "填报日期",
        cn_day(2025, 11, 12),
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算（元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(
        None,
        money(18650000, "#,##0.00"),
        money(15150000, "#,##0.00"),
        money(3500000, "#,##0.00"),
        money(13050000, "#,##0.00"),
        money(5600000, "#,##0.00"),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    for task in (
        ("实训基地设备更新", "新能源汽车实训工位设备购置", money(350, WAN2), "建成实训工位24个"),
        ("中职学生资助", "国家助学金发放", money(126, WAN2), "资助学生630人"),
        ("教师素质提升培训", "专业教师企业实践及骨干教师培训", money(48, WAN2), "培训教师160人次"),
        ("校园安全及后勤保障", "安保服务、消防设施维护", money(36, WAN2), "全年无安全责任事故"),
        ("金额合计", None, money(560, WAN2), None),
    ):
        s.row(None, *task, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    labelled(
        s,
        1,
        6,
        "年度总体目标",
        "在校生规模保持2400人以上，完成实训基地设备更新，国家助学金按时足额发放，毕业生就业率"
        "不低于95%。",
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据"),
        [
            (
                "产出指标",
                "数量指标",
                "中职在校生规模",
                "≥2400人",
                10,
                "历史标准：近三年在校生2380—2460人。",
            ),
            (None, None, "享受国家助学金学生", "≥630人", 10, "计划标准：资助名额。"),
            (None, None, "教师培训", "≥160人次", 5, "计划标准：年度培训计划。"),
            (None, "质量指标", "学生职业技能等级证书获取率", "≥85%", 10, "历史标准。"),
            (None, None, "教师培训考核合格率", "≥95%", 5, "计划标准。"),
            (
                None,
                "时效指标",
                "国家助学金发放时间",
                "开学后60日内",
                10,
                "其他标准：资助资金管理办法。",
            ),
            (
                "成本指标",
                "经济成本指标",
                "国家助学金资助标准",
                "=2000元/人·年",
                10,
                "其他标准：国家规定的资助标准，630人×2000元=126万元。",
            ),
            ("效益指标", "社会效益指标", "毕业生就业率", "≥95%", 10, "历史标准。"),
            (None, None, "资助政策知晓率", "≥95%", 10, "计划标准。"),
            (None, "可持续影响指标", "校企合作企业", "≥30家", 10, "历史标准：现有合作企业28家。"),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", 10, "历史标准。"),
        ],
    )
    signatures(s, 1, "林小雨", "黄建国", "0739-8826115", cn_day(2025, 11, 12))
    return b


@variant(
    "u17-institute-department-money",
    (12,),
    "department (农科所), NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
    "a 转化率 given as a count",
)
def institute_department() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (16, 18, 30, 16, 30, 16))
    department_head(
        s,
        year=2026,
        dept="梧岭市农业科学研究所",
        budget=[
            (
                mk(money(1486, WAN2), "B101", "error", note="基本支出 1126 + 项目支出 350 = 1476"),
                money(1336, WAN2),
                money(150, WAN2),
                money(1126, WAN2),
                money(350, WAN2),
            )
        ],
        goal="围绕粮油、果蔬主导产业开展品种选育和技术示范，全年选育新品种（系）6个以上，"
        "推广新技术8项以上，转化科技成果12项。",
        tasks=[
            (
                "优质稻新品种选育与示范推广",
                "新品系选育、示范田建设、农户培训",
                money(38, WAN2),
                "选育新品系≥3个",
            ),
            (
                "果蔬绿色高效栽培技术示范",
                "设施栽培、水肥一体化示范",
                money(162, WAN2),
                "推广新技术≥8项",
            ),
            (
                "农业科技成果转化",
                "成果评价、技术转让、科技特派员服务",
                money(140, WAN2),
                "转化科技成果≥12项",
            ),
            (
                "金额合计",
                None,
                mk(money(350, WAN2), "B102", "error", note="38 + 162 + 140 = 340"),
                None,
            ),
        ],
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "选育新品种（系）",
                "≥6个",
                "当年通过鉴定或审定的数量。",
                None,
            ),
            (None, None, "推广新技术", "≥8项", "当年示范推广的新技术项数。", None),
            (
                None,
                "质量指标",
                "科技成果转化率",
                mk("12项", "T105", "error", note="a rate given as a count"),
                "当年转化成果数。",
                None,
            ),
            (
                None,
                "时效指标",
                "科研项目按期结题率",
                "≥90%",
                "当年到期项目中按期结题的比例。",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "单项技术示范平均成本",
                "≤20万元/项",
                "示范经费除以项数。",
                None,
            ),
            (
                "效益指标",
                "经济效益指标",
                "示范区农民亩均增收",
                "≥200元/亩",
                "较非示范区增收。",
                None,
            ),
            (None, "社会效益指标", "科技特派员服务农户", "≥1500户", "当年服务农户数。", None),
            ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%", "问卷调查。", None),
        ],
    )
    return b
