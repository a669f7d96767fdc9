"""Returns in other layouts: a flat department list with weights, stacked projects, a two-line
header with 分值 and 指标方向 columns, a 计量单位 column beside values with operators, and a
Shanghai form in 元."""

from __future__ import annotations

from openpyxl.styles import Alignment

from tests.variants.heads import department_head, project_head
from tests.variants.holdout99.common import filled_on, header, note, signature
from tests.variants.holdout99.registry import variant
from tests.variants.kit import WAN, YUAN, Book, Sheet, day, mk, money, pct

W6 = (14, 16, 34, 18, 16, 16)


@variant(
    "le13-veterans-flat-weights",
    (3, 11),
    "department, flat list (序号 · 绩效指标 · 目标值 "
    "· 权重（分）); weights add to 100 with one row left without a weight, a cost with ≥",
)
def le13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 34, 18, 14, 14, 14))
    department_head(
        s, year=2027, dept="芦湾区退役军人事务局",
        budget=[(money(1532.6), money(1480.6), money(52), money(486.2), money(1046.4))],
        goal="走访慰问退役军人和其他优抚对象3600人次，开展退役军人适应性培训420人，推荐就业"
        "创业岗位800个，按时足额发放抚恤补助资金，维护烈士纪念设施。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    header(s, "序号", "绩效指标", "目标值", "权重（分）")
    s.table(
        [
            (1, "走访慰问退役军人和其他优抚对象", "≥3600人次", 10),
            (2, "退役军人适应性培训", "≥420人", 10),
            (3, "抚恤补助资金按时发放率", pct(1), 10),
            (4, "推荐就业创业岗位", "≥800个", 10),
            (
                5,
                "适应性培训人均成本",
                mk("≥2600元/人", "T108", "warning", row=True, note="a cost cap with ≥"),
                10,
            ),
            (6, "退役军人服务站规范化建设达标率", "≥95%", 10),
            (7, "涉军矛盾纠纷化解率", "≥90%", 10),
            (
                8,
                "维护烈士纪念设施",
                "≥12处",
                mk(None, "W102", "warning", row=True, note="the others add up to 100 without it"),
            ),
            (9, "信访事项按期办结率", "≥95%", 15),
            (10, "服务对象满意度", "≥90%", 15),
        ]
    )
    signature(s, "韩磊", "0592-63176620", "曹敏")
    return b


def indicators(s: Sheet, rows: list[tuple[object, ...]]) -> None:
    """An OLD-NAT indicator table of one stacked project, tiers merged down."""
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(rows, merged=(1, 2))


@variant(
    "le14-animal-health-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction name with different values in each; correct",
)
def le14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W6)
    project_head(
        s, year=2027, name="动物疫病强制免疫项目", dept="青萝区农业农村局（509）",
        unit="青萝区动物疫病预防控制中心", attr="常年项目",
        money=[("年度资金总额", money(96.5, WAN), "其中：财政拨款", money(90, WAN)),
               ("其他资金", money(6.5, WAN), None, None)],
        goals=["完成猪牛羊强制免疫42万头、禽类强制免疫180万羽，免疫抗体合格率保持在70%以上，"
               "防止区域性重大动物疫情发生。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "猪牛羊强制免疫", "≥42万头"),
        (None, None, "禽类强制免疫", "≥180万羽"),
        (None, "质量指标", "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "春防集中免疫完成时间", "2027年5月31日前"),
        (None, "成本指标", "免疫注射劳务补助标准", "≤0.8元/头"),
        ("效益指标", "社会效益指标", "养殖户防疫知识知晓率", "≥85%"),
        (None, "可持续影响指标", "动物防疫长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2027, title="", name="农产品质量安全监测项目", dept="青萝区农业农村局（509）",
        unit="青萝区农产品质量安全检测站", attr="常年项目",
        money=[("年度资金总额", money(58, WAN), "其中：财政拨款", money(58, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成农产品定量抽检1800批次、快速检测9600批次，及时报送检测结果，提升全区农产品"
               "质量安全水平。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "农产品定量抽检", "≥1800批次"),
        (None, None, "农产品快速检测", "≥9600批次"),
        (None, "质量指标", "定量检测结果准确率", "≥98%"),
        (None, "时效指标", "检测结果报送及时率", "≥95%"),
        (None, "成本指标", "单批次定量检测成本", "≤260元/批次"),
        ("效益指标", "社会效益指标", "农产品质量安全水平", "提升"),
        (None, "可持续影响指标", "农产品质量追溯机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "许文", "0736-82437719", "潘越")
    return b


@variant("le15-rural-transport-stacked", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column; the second's money does not add up and its completion date is before its "
         "start")  # fmt: skip
def le15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="农村公路养护项目", dept="云屏县交通运输局（321001）",
        unit="云屏县农村公路管理站", attr="常年项目",
        money=[("年度资金总额", money(820), "其中：财政拨款", money(700)),
               ("其他资金", money(120), None, None)],
        goals=["完成农村公路日常养护1260公里、中修38公里，农村公路优良中等路率达到85%以上，"
               "保障农村群众安全便捷出行。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥1260公里"),
        (None, None, "实施农村公路中修", "≥38公里"),
        (None, "质量指标", "农村公路优良中等路率", "≥85%"),
        (None, None, "中修工程交工验收合格率", "≥98%"),
        (None, "时效指标", "中修工程完工时间", "2027年10月31日前"),
        (None, "成本指标", "农村公路日常养护成本", "≤4500元/公里"),
        (None, None, "中修工程单位成本", "≤6万元/公里"),
        ("效益指标", "社会效益指标", "农村公路列养率", pct(1)),
        (None, "可持续影响指标", "农村公路管养长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2027, title="", name="农村客运站场维修改造项目", dept="云屏县交通运输局（321001）",
        unit="云屏县道路运输服务中心", attr="一次性项目", start=day(2027, 7, 1),
        end=day(2027, 12, 31),
        money=[("年度资金总额",
                mk(money(72), "B101", "error", note="60 + 10 = 70, not 72"),
                "其中：财政拨款", money(60)),
               ("其他资金", money(10), None, None)],
        goals=["2027年下半年维修改造乡镇农村客运站6个、新建候车亭24个，改善农村群众候车条件。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "维修改造农村客运站", "≥6个"),
        (None, None, "新建候车亭", "≥24个"),
        (None, "质量指标", "维修改造工程验收合格率", "≥95%"),
        (None, "时效指标", "维修改造工程完工时间",
         mk("2027年6月30日前", "Y102", "error", note="before the start, 2027-07-01")),
        (None, "成本指标", "候车亭单个建设成本", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "乘客候车环境", "提升"),
        (None, "可持续影响指标", "站场运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额单位为万元。", 4)
    signature(s, "钟磊", "0871-65772034")
    return b


@variant(
    "le16-sci-tech-two-line-header",
    (7, 10),
    "project, NAT-2021, a two-line header (指标值 "
    "over 比较符 · 目标值 · 计量单位), 分值 and 指标方向 columns, a 合计 row; correct",
)
def le16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 12, 10, 12))
    project_head(
        s, year=2027, name="科技型中小企业研发费用后补助项目", dept="霁川市科学技术局（216）",
        unit="霁川市科技创新服务中心", attr="延续项目",
        money=[("年度资金总额", money(600, WAN), "其中：财政拨款", money(600, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年对120家科技型中小企业给予研发费用后补助，户均补助5万元，带动企业研发投入"
               "3.6亿元以上，新增发明专利授权80件。"],
    )  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "分值", "指标方向",
                merge=[(4, 6)])  # fmt: skip
    s.row(None, None, None, "比较符", "目标值", "计量单位", None, None)
    for c in (1, 2, 3, 7, 8):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
        s.ws.cell(top, c).alignment = Alignment(horizontal="center", vertical="center")
    s.table(
        [
            ("产出指标", "数量指标", "受理企业申报", "≥", 150, "家", 10, "正向"),
            (None, None, "获得后补助科技型中小企业", "≥", 120, "家", 10, "正向"),
            (None, "质量指标", "补助资金审核准确率", "≥", pct(0.98), "%", 10, "正向"),
            (None, None, "企业研发费用核验覆盖率", "≥", pct(0.95), "%", 10, "正向"),
            (None, "时效指标", "补助资金拨付完成时间", "≤", "2027年9月30日", None, 10, "反向"),
            ("成本指标", "经济成本指标", "户均补助金额", "≤", 5, "万元/家", 10, "反向"),
            ("效益指标", "经济效益指标", "带动企业研发投入", "≥", 3.6, "亿元", 10, "正向"),
            (None, "社会效益指标", "新增发明专利授权", "≥", 80, "件", 10, "正向"),
            (None, "可持续影响指标", "企业研发投入稳定增长机制", "定性", "有效", None, 10, "定性"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "受补助企业满意度",
                "≥",
                pct(0.9),
                "%",
                10,
                "正向",
            ),
            ("合计", None, None, None, None, None, 100, None),
        ],
        merged=(1, 2),
    )
    signature(s, "邵琳", "0736-82519038", "田野")
    filled_on(s, "2026年11月22日")
    return b


@variant("le17-charging-title-year", (1, 12), "project, NAT-2021, values with operators beside a "
         "计量单位 column; plan dates a year before the title's year, a 万元 value against a "
         "元/个 unit")  # fmt: skip
def le17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="公共充电基础设施建设补助项目", dept="青萝区发展和改革局（501）",
        unit="青萝区能源发展服务中心", attr="新增项目",
        start=day(2026, 1, 1), end=day(2026, 12, 31),
        money=[("年度资金总额", money(560, WAN), "其中：财政拨款", money(500, WAN)),
               ("其他资金", money(60, WAN), None, None)],
        goals=["2027年在城区新建公共充电站8座、公共充电桩120个，城区公共充电服务半径缩小到2公里"
               "以内，方便新能源汽车出行。"],
    )  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="plan dates 2026 under a 2027 title, goals and deadline")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "新建公共充电桩", "≥120", "个", "计划标准"),
            (None, None, "新建公共充电站", "≥8", "座", "计划标准"),
            (None, "质量指标", "充电桩验收合格率", "≥98%", "%", "行业标准"),
            (None, "时效指标", "充电桩建成投运时间", "2027年11月30日前", None, "计划标准"),
            (
                "成本指标",
                "经济成本指标",
                "单桩建设补助成本",
                mk(
                    "≤4.5万元",
                    "T112",
                    "error",
                    row=True,
                    alt=("T119",),
                    note="万元 in the value, 元/个 in the unit column",
                ),
                "元/个",
                "历史标准",
            ),
            ("效益指标", "社会效益指标", "城区公共充电服务半径", "≤2", "公里", "计划标准"),
            (None, "生态效益指标", "年减少碳排放", "≥1800", "吨", "其他标准"),
            (None, "可持续影响指标", "充电设施运营维护机制", "健全", None, "其他标准"),
            ("满意度指标", "服务对象满意度指标", "新能源车主满意度", "≥90%", "%", "历史标准"),
        ],
        merged=(1, 2),
    )
    signature(s, "白露", "0592-63843307", "石磊")
    return b


@variant(
    "le18-summer-care-shanghai",
    (1,),
    "project, Shanghai framework (投入与管理 · 产出目标 · "
    "效果目标 · 影响力目标), money in 元 carried by the number format; correct",
)
def le18() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 30, 20, 18, 18))
    s.title("霁川市财政项目支出绩效目标表（2027年度）", 6)
    s.row("项目名称", "社区青少年暑期托管服务项目", None, "主管部门", "霁川市教育局", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("实施单位", "霁川市青少年校外活动中心", None, "项目类别", "经常性专项业务费", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目开始时间", day(2027, 1, 1), None, "项目结束时间", day(2027, 12, 31), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目总预算", money(1286000, YUAN), None, "项目当年预算", money(1286000, YUAN), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("其中：财政拨款", money(1286000, YUAN), None, "其他资金", money(0, YUAN), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目实施内容", "暑期在全市社区设立托管点40个，为双职工家庭小学生提供看护、阅读、"
          "体育和安全教育服务。", merge=[(2, 6)])  # fmt: skip
    s.row("年度绩效目标", "2027年暑期开设托管点40个，托管学生2400人，托管服务质量抽查合格率"
          "达到95%以上，学生家长满意度达到90%以上。", merge=[(2, 6)])  # fmt: skip
    header(s, "一级目标", "二级目标", "三级目标", "指标目标值")
    s.table(
        [
            ("投入与管理", "投入管理", "预算执行率", "≥95%"),
            (None, "财务管理", "资金使用合规性", "合规"),
            (None, "实施管理", "项目管理制度健全性", "健全"),
            ("产出目标", "数量", "开设暑期托管点", "≥40个"),
            (None, None, "托管学生", "≥2400人"),
            (None, "质量", "托管服务质量抽查合格率", "≥95%"),
            (None, "时效", "托管点开班时间", "2027年7月10日前"),
            (None, "成本", "生均托管补助成本", "≤500元/人"),
            ("效果目标", "社会效益", "对双职工家庭暑期看护的支持作用", "显著"),
            (None, "满意度", "学生家长满意度", "≥90%"),
            ("影响力目标", "长效管理", "暑期托管服务长效机制", "健全"),
            (None, "部门协助", "社区与学校协同机制", "有效"),
        ],
        merged=(1, 2),
    )
    signature(s, "顾晨", "0736-82066154", "陆佳")
    return b
