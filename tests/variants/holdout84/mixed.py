"""Returns from Word or PDF with word operators, unit and 比较符 columns, weights, 中期 and 年度
columns, a number split by a space (kp13–kp18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout84.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct


@variant(
    "kp13-word-operator-words-period",
    (8, 1),
    "two-year project, NAT-2021, Word paste: 比较符 column in words "
    "(大于等于 / 小于等于 / 等于), 中期 and 年度 columns, a unit column, "
    "percent cells",
)
def kp13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 12, 14, 14, 12))
    project_head(
        s,
        year=2026,
        years=2,
        attr="新增项目",
        name="临溪县高标准农田建设",
        dept="临溪县农业农村局",
        unit="临溪县农田建设服务中心",
        money=[
            ("中期资金总额", money(7200, WAN), "年度资金总额", money(3840, WAN)),
            ("其中：财政拨款", money(6600, WAN), "其中：财政拨款", money(3500, WAN)),
            ("其他资金", money(600, WAN), "其他资金", money(340, WAN)),
        ],
        goals=[
            "两年内建成高标准农田6万亩，新建改造灌排渠道85公里，新修机耕路60公里，新增粮食产能600万公斤。",
            "年内建成高标准农田3.2万亩，新建改造灌排渠道45公里，新修机耕路32公里。",
        ],
    )
    s.row(
        "一级\n指标",
        "二级\n指标",
        "三级指标",
        "比较符",
        "中期\n指标值",
        "年度\n指标值",
        "计量\n单位",
    )
    s.table(
        [
            ("产出\n指标", "数量\n指标", "新建高标准农田面积", "大于等于", 6, 3.2, "万亩"),
            (None, None, "新建改造灌排渠道", "大于等于", 85, 45, "公里"),
            (None, None, "新修机耕路", "大于等于", 60, 32, "公里"),
            (None, "质量\n指标", "工程验收合格率", "等于", pct(1), pct(1), "%"),
            (None, "时效\n指标", "建设任务按期完成率", "大于等于", pct(0.95), pct(0.95), "%"),
            ("成本\n指标", "经济成本\n指标", "亩均建设投资", "小于等于", 1200, 1200, "元/亩"),
            ("效益\n指标", "经济效益\n指标", "新增粮食产能", "大于等于", 600, 320, "万公斤"),
            (None, "生态效益\n指标", "项目区节水灌溉面积占比", "大于等于", pct(0.6), pct(0.6), "%"),
            (None, "可持续影响\n指标", "工程设施管护责任落实率", "等于", pct(1), pct(1), "%"),
            (
                "满意度\n指标",
                "服务对象满意度\n指标",
                "项目区农户满意度",
                "大于等于",
                pct(0.9),
                pct(0.9),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("填报人：贺春生", None, "联系电话：0745-2236610", None, "填报日期：2025年11月12日")
    return b


@variant(
    "kp14-word-rate-over-count",
    (1, 11),
    "project, NAT-2021, Word paste, tiers written once, word "
    "operators in the values: a rate over 100 %, a coverage rate "
    "given as 人次",
)
def kp14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 22, 16, 10))
    project_head(
        s,
        year=2026,
        name="柘川市城乡生活垃圾分类推进",
        dept="柘川市城市管理局",
        unit="柘川市环境卫生管理处",
        money=[
            ("年度资金总额", money(760, WAN), "其中：财政拨款", money(700, WAN)),
            (None, None, "其他资金", money(60, WAN)),
        ],
        goals=["新增垃圾分类投放点320个，覆盖居民小区180个，城区生活垃圾回收利用率达到38%以上。"],
    )
    s.row("一级\n指标", "二级\n指标", "三级指标", "指标值", "备注", None)
    rows = [
        ("产出指标", "数量指标", "新增垃圾分类投放点", "不少于320个", None),
        (None, None, "覆盖居民小区", "不少于180个", None),
        (None, None, "配置分类收运车辆", "不少于12辆", None),
        (
            None,
            "质量指标",
            "投放点建设验收合格率",
            mk("不低于105%", "T106", "error", note="a 合格率 cannot pass 100 %"),
        ),
        (None, None, "分类收运规范率", "95%以上", None),
        (None, "时效指标", "投放点建成时间", "2026年9月30日前", None),
        ("成本指标", "经济成本指标", "单个投放点建设成本", "不超过1.5万元/个", None),
        (
            "效益指标",
            "社会效益指标",
            "垃圾分类宣传覆盖率",
            mk("不少于50000人次", "T105", "error", note="a 覆盖率 given in 人次"),
        ),
        (None, "生态效益指标", "城区生活垃圾回收利用率", "38%以上", None),
        (None, "可持续影响指标", "小区垃圾分类督导员配备率", "不低于90%", None),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "不低于85%", None),
    ]
    for r in rows:
        s.row(*r)
    s.skip()
    s.row("经办人：詹小禾", None, "科室负责人：曹峰", None, None, None)
    return b


@variant(
    "kp15-department-word-limits",
    (4, 1),
    "department, NAT-2021, Word paste, unit column, operators in "
    "words (以内 / 不超过 / 不少于 / 以上), footnotes under the table",
)
def kp15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 12, 16))
    department_head(
        s,
        year=2026,
        dept="青溪县医疗保障局",
        budget=[
            (
                money(1632.8, WAN),
                money(1612.8, WAN),
                money(20, WAN),
                money(1204.8, WAN),
                money(428, WAN),
            ),
        ],
        tasks=[
            (
                "医保基金监管",
                "定点医药机构检查与专项治理",
                money(126, WAN),
                "检查定点医药机构全覆盖",
            ),
            ("医疗救助", "困难群众医疗救助", money(260, WAN), "资助困难群众参保"),
            ("医保经办服务", "经办窗口与信息系统运维", money(42, WAN), "业务办理提速"),
            ("合计", None, money(428, WAN), None),
        ],
        goal="守牢医保基金安全底线，落实困难群众医疗救助，提升医保经办服务便捷度。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "检查定点医药机构", "不少于260", "家", None),
            (None, None, "资助困难群众参保人数", "不少于5200", "人", None),
            (None, "质量指标", "定点医药机构检查覆盖率", "100", "%", None),
            (None, None, "医疗救助政策落实率", "100", "%", None),
            (None, "时效指标", "医疗救助待遇审批时限", "10个工作日以内", "工作日", None),
            (None, None, "医保报销窗口即时结算率", "95以上", "%", None),
            (
                "成本指标",
                "经济成本指标",
                "人均资助参保标准",
                "不超过380",
                "元/人",
                "按个人缴费标准",
            ),
            ("效益指标", "社会效益指标", "困难群众参保率", "99以上", "%", None),
            (None, None, "追回违规使用医保基金", "不少于80", "万元", None),
            (None, "可持续影响指标", "医保信息平台稳定运行率", "不低于99", "%", None),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "不低于90", "%", None),
        ],
        merged=(1, 2),
    )
    s.row("注：1.“不少于”“以上”含本数，“以内”“不超过”含本数。", merge=[(1, 6)])
    s.row("注：2.困难群众包括特困人员、低保对象和返贫致贫人口。", merge=[(1, 6)])
    s.skip()
    s.row("单位负责人：宁海", None, "填报人：柯月", None, "2025年11月20日", None)
    return b


@variant(
    "kp16-weights-duplicate",
    (10, 9),
    "project, OLD-NAT, Word paste with a 权重 column: weights add "
    "up to 95, an indicator listed twice",
)
def kp16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 10, 14))
    project_head(
        s,
        year=2026,
        name="梧岭区公共文化服务惠民演出",
        dept="梧岭区文化和旅游局",
        unit="梧岭区文化馆",
        money=[
            ("年度资金总额", money(96, WAN), "其中：财政拨款", money(90, WAN)),
            (None, None, "其他资金", money(6, WAN)),
        ],
        goals=["全年送戏下乡和广场惠民演出120场，观众6万人次以上，丰富基层群众文化生活。"],
    )
    s.row("一级\n指标", "二级\n指标", "三级指标", "指标值", "权重\n（%）", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "惠民演出场次", "≥120场", 15, None),
            (None, None, "观看演出群众人次", "≥60000人次", 10, None),
            (None, "质量指标", "演出节目审查合格率", "100%", 10, None),
            (None, "时效指标", "演出计划按月完成率", "≥95%", 10, None),
            (None, "成本指标", "单场演出平均成本", "≤0.8万元/场", 5, None),
            ("效益指标", "社会效益指标", "覆盖行政村（社区）数", "≥96个", 10, None),
            (
                None,
                None,
                mk(
                    "惠民演出场次",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103", "F201"),
                    note="the same output count again, under 社会效益 (F201 fits that too)",
                ),
                "≥120场",
                10,
                None,
            ),
            (None, "可持续影响指标", "群众文艺团队培育数", "≥8支", 10, None),
            ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", 15, None),
        ],
        merged=(1, 2),
    )
    b.file_mark("W101", "error", note="15+10+10+10+5+10+10+10+15 = 95")
    s.skip()
    s.row("填报人：罗晓", None, "电话：0771-5619023", None, None, None)
    return b


@variant(
    "kp17-pdf-split-number",
    (9, 5),
    "project, NAT-2021, PDF conversion: a count split by a space "
    "(≥1 200人次), 效益\\n指标 labels, tiers written once with blanks "
    "below",
)
def kp17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 22, 10))
    project_head(
        s,
        year=2026,
        name="白枫县青少年校外科普教育活动",
        dept="白枫县科学技术协会",
        unit="白枫县科技馆",
        money=[
            ("年度资金总额", money(48, WAN), "其中：财政拨款", money(45, WAN)),
            (None, None, "其他资金", money(3, WAN)),
        ],
        goals=["开展校外科普教育活动40场，参与青少年1200人次以上，流动科技馆进校园12所。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None)
    rows = [
        ("产出\n指标", "数量\n指标", "开展校外科普教育活动", "≥４０场", "计划标准"),
        (
            None,
            None,
            "参与活动青少年人次",
            ok("≥1 200人次", "warning", note="1 200 split by the PDF conversion, read as 1200"),
        ),
        (None, None, "流动科技馆进校园", "≥１２所", "计划标准"),
        (None, "质量\n指标", "科普活动内容审核通过率", "＝１００％", None),
        (None, "时效\n指标", "活动按计划开展率", "≥９５％", "历史标准"),
        ("成本\n指标", "经济成本\n指标", "单场活动平均成本", "≤１.２万元/场", "计划标准"),
        ("效益\n指标", "社会效益\n指标", "参与学生科学兴趣提升比例", "≥８０％", "行业标准"),
        (None, "可持续影响\n指标", "科普志愿者队伍人数", "≥３０人", None),
        ("满意度\n指标", "服务对象满意度\n指标", "参与学生满意度", "≥９０％", "行业标准"),
        (None, None, "学校教师满意度", "≥９０％", "行业标准"),
    ]
    for r in rows:
        s.row(*r)
    s.row("注：指标值设定依据分为计划标准、行业标准、历史标准和其他标准。", merge=[(1, 6)])
    return b


@variant(
    "kp18-department-filled-period",
    (4, 8),
    "department, NAT-2021, tiers filled down on every row, 实施周期 "
    "and 年度 columns, the header repeated after a page break",
)
def kp18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 10))
    department_head(
        s,
        year=2026,
        dept="白沙河区应急管理局",
        budget=[
            (
                money(1174.3, WAN),
                money(1154.3, WAN),
                money(20, WAN),
                money(862.3, WAN),
                money(312, WAN),
            ),
        ],
        tasks=[
            ("安全生产执法检查", "重点行业企业执法检查", money(88, WAN), "检查企业600家次"),
            ("应急物资储备", "防汛抗旱及救灾物资补充", money(150, WAN), "物资储备满足需求"),
            ("应急演练与培训", "综合应急演练和安全培训", money(74, WAN), "组织演练12场"),
            ("合计", None, money(312, WAN), None),
        ],
        goal="压实安全生产责任，提升防灾减灾救灾能力，全年不发生较大以上生产安全事故。",
    )
    header = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", None)
    rows1 = [
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥６００家次", "≥６００家次"),
        ("产出指标", "数量指标", "组织综合应急演练", "≥１２场", "≥１２场"),
        ("产出指标", "数量指标", "安全生产培训人次", "≥３０００人次", "≥３０００人次"),
        ("产出指标", "质量指标", "重大事故隐患整改率", "＝１００％", "＝１００％"),
        ("产出指标", "时效指标", "灾情信息报送时限", "≤１小时", "≤１小时"),
    ]
    rows2 = [
        ("成本指标", "经济成本指标", "单场综合演练平均成本", "≤４万元/场", "≤４万元/场"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥５％", "≥５％"),
        ("效益指标", "可持续影响指标", "应急物资储备达标率", "≥９５％", "≥９５％"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥８５％", "≥８５％"),
        ("满意度指标", "服务对象满意度指标", "受灾群众救助满意度", "≥９０％", "≥９０％"),
    ]
    s.row(*header)
    for r in rows1:
        s.row(*r)
    s.row("— 1 —", None, None, None, None, None)
    s.row(*header)
    for r in rows2:
        s.row(*r)
    s.skip()
    s.row("填报人：冯远", None, "联系电话：0772-8825130", None, "2025年11月21日", None)
    return b
