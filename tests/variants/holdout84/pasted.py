"""Returns pasted into Excel from Word: line breaks inside cells, two-row headers, tiers merged
or written once with blanks below, operators in words or in full-width forms (kp01–kp06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout84.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, ok, pct


def sign(s: Sheet, who: str, tel: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{tel}", None, "单位负责人（签字）：")


@variant(
    "kp01-word-linebreaks",
    (5, 1),
    "project, NAT-2021, Word paste: 产出\\n指标 labels and 一级\\n指标 "
    "headers, operator and unit columns, percent cells",
)
def kp01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="青溪县农村供水设施维修养护",
        dept="青溪县水利局（312001）",
        unit="青溪县农村供水管理站",
        money=[
            ("年度资金总额", money(186.5, WAN), "其中：财政拨款", money(166.5, WAN)),
            (None, None, "其他资金", money(20, WAN)),
        ],
        goals=[
            "完成全县46处农村集中供水工程维修养护，更新老旧管网18.5公里，保障8.6万农村人口饮水安全。"
        ],
    )
    s.row("一级\n指标", "二级\n指标", "三级指标", "比较\n符", "指标值", "计量\n单位")
    s.table(
        [
            ("产出\n指标", "数量\n指标", "维修养护供水工程", "≥", 46, "处"),
            (None, None, "更新改造老旧管网长度", "≥", 18.5, "公里"),
            (None, None, "出厂水水质检测", "≥", 12, "次"),
            (None, "质量\n指标", "维修工程验收合格率", "=", pct(1), "%"),
            (None, None, "农村集中供水水质达标率", "≥", pct(0.95), "%"),
            (None, "时效\n指标", "故障报修响应时间", "≤", 24, "小时"),
            (None, None, "维修任务按期完成率", "≥", pct(0.95), "%"),
            ("成本\n指标", "经济成本\n指标", "单处工程平均维修养护费用", "≤", 2.8, "万元/处"),
            (None, None, "管网更新单位成本", "≤", 2.6, "万元/公里"),
            ("效益\n指标", "社会效益\n指标", "受益农村人口", "≥", 8.6, "万人"),
            (None, None, "农村供水保证率", "≥", pct(0.95), "%"),
            (None, "可持续影响\n指标", "供水工程设施完好率", "≥", pct(0.9), "%"),
            ("满意度\n指标", "服务对象满意度\n指标", "受益群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "周敏", "0578-6231104")
    return b


@variant(
    "kp02-two-row-header",
    (8, 7),
    "three-year project, OLD-NAT, header over two rows (指标值 over "
    "中期 │ 年度), word operators in the values",
)
def kp02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 16, 16, 16))
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="柘川市老旧小区适老化改造补助",
        dept="柘川市住房和城乡建设局",
        unit="柘川市住房保障服务中心",
        money=[
            ("中期资金总额", money(1350, WAN), "年度资金总额", money(450, WAN)),
            ("其中：财政拨款", money(1200, WAN), "其中：财政拨款", money(400, WAN)),
            ("其他资金", money(150, WAN), "其他资金", money(50, WAN)),
        ],
        goals=[
            "三年内完成900户困难老年人家庭适老化改造，改造老旧小区公共区域无障碍设施36个，提升老年人居家安全水平。",
            "年内完成300户困难老年人家庭适老化改造，改造公共区域无障碍设施12个。",
        ],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "困难老年人家庭适老化改造户数",
                "不少于900户",
                "不少于300户",
                None,
            ),
            (None, None, "公共区域无障碍设施改造", "不少于36个", "不少于12个", None),
            (None, None, "入户安全评估", "不少于900户", "不少于300户", "改造前评估"),
            (None, "质量指标", "改造工程验收合格率", "100%", "100%", None),
            (None, None, "安装产品质量抽检合格率", "不低于98%", "不低于98%", None),
            (
                None,
                "时效指标",
                "补助资金拨付时限",
                "验收后30个工作日以内",
                "验收后30个工作日以内",
                None,
            ),
            (None, "成本指标", "户均改造补助标准", "不超过1.3万元/户", "不超过1.3万元/户", None),
            (None, None, "单个公共设施改造成本", "不超过5万元/个", "不超过5万元/个", None),
            (
                "效益指标",
                "社会效益指标",
                "老年人居家跌倒等意外事故发生率",
                "比改造前下降20%以上",
                "比改造前下降20%以上",
                None,
            ),
            (None, "可持续影响指标", "改造设施正常使用年限", "不少于5年", "不少于5年", None),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", "不低于90%", "不低于90%", None),
        ],
        merged=(1, 2),
    )
    sign(s, "林晓东", "0591-8820137")
    return b


@variant(
    "kp03-total-pasted-twice",
    (4, 12),
    "department, NAT-2021, tasks with the 合计 row pasted twice, "
    "tiers written once with blanks below, word operators",
)
def kp03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=2026,
        dept="梧岭区市场监督管理局",
        budget=[
            (
                money(3124.6, WAN),
                money(3004.6, WAN),
                money(120, WAN),
                money(2406.6, WAN),
                money(718, WAN),
            ),
        ],
        tasks=[
            ("食品安全抽检", "全区食品安全监督抽检", money(286, WAN), "完成抽检2600批次以上"),
            (
                "特种设备安全监察",
                "电梯、锅炉等特种设备检查",
                money(142, WAN),
                "检查特种设备3200台以上",
            ),
            ("知识产权保护", "商标专利执法与维权援助", money(96, WAN), "办结维权援助案件"),
            ("智慧监管平台运维", "平台运维与数据对接", money(194, WAN), "平台全年稳定运行"),
            ("合计", None, money(718, WAN), None),
            (
                ok(
                    "合计", "warning", note="the 合计 row pasted twice from Word: noise, not a line"
                ),
                None,
                ok(money(718, WAN), "warning"),
                None,
            ),
        ],
        goal="围绕食品、特种设备和知识产权三条主线履行市场监管职责，守住安全底线，全年不发生区域性、系统性安全事件。",
    )
    s.row("一级\n指标", "二级\n指标", "三级指标", "指标值", None, None)
    rows = [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "不少于2600批次"),
        (None, None, "特种设备监督检查台数", "不少于3200台"),
        (None, None, "知识产权维权援助案件办结数", "不少于60件"),
        (None, "质量指标", "抽检不合格食品核查处置率", "100%"),
        (None, None, "特种设备定期检验率", "98%以上"),
        (None, "时效指标", "投诉举报按时办结率", "不低于98%"),
        ("成本指标", "经济成本指标", "单批次食品抽检成本", "不超过0.11万元/批次"),
        ("效益指标", "社会效益指标", "特种设备事故隐患整改率", "100%"),
        (None, None, "食品安全评价性抽检合格率", "不低于97%"),
        (None, "可持续影响指标", "智慧监管平台数据接入率", "不低于95%"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "不低于90%"),
        (None, None, "投诉举报人满意度", "不低于85%"),
    ]
    for r in rows:
        s.row(*r)
    s.skip()
    s.row("填报人：何静", None, "审核人：郑伟", None, "填报日期：2025年11月18日")
    return b


@variant(
    "kp04-word-rate-count-direction",
    (11, 1),
    "project, OLD-NAT, Word paste with 数量\\n指标 labels, operator "
    "column in words: a rate given as a count, a 反向 rate with "
    "大于等于",
)
def kp04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 12, 14, 12))
    project_head(
        s,
        year=2026,
        name="岚州市职业技能提升培训",
        dept="岚州市人力资源和社会保障局",
        unit="岚州市职业技能鉴定指导中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(320, WAN), "其中：财政拨款", money(300, WAN)),
            (None, None, "其他资金", money(20, WAN)),
        ],
        goals=["全年开展职业技能培训4000人次，培训合格率不低于90%，取证后就业率不低于70%。"],
    )
    s.row("一级\n指标", "二级\n指标", "三级\n指标", "指标\n性质", "指标值", "计量\n单位")
    s.table(
        [
            ("产出\n指标", "数量\n指标", "职业技能培训人次", "大于等于", 4000, "人次"),
            (
                None,
                None,
                "培训计划完成率",
                "大于等于",
                mk(32, "T105", "error", note="a 完成率 given as 32 期"),
                "期",
            ),
            (None, None, "开发培训课程包", "大于等于", 6, "个"),
            (None, "质量\n指标", "培训合格率", "大于等于", pct(0.9), "%"),
            (
                None,
                None,
                "参训人员培训期间安全事故发生率",
                mk("大于等于", "T108", "warning", row=True, note="an accident rate is 反向"),
                pct(0.01),
                "%",
            ),
            (None, "时效\n指标", "培训补贴发放及时率", "大于等于", pct(0.95), "%"),
            (None, "成本\n指标", "人均培训补贴标准", "小于等于", 800, "元/人"),
            ("效益\n指标", "经济效益\n指标", "参训人员取证后就业率", "大于等于", pct(0.7), "%"),
            (None, "社会效益\n指标", "取得职业技能等级证书人数", "大于等于", 3000, "人"),
            (None, "可持续影响\n指标", "培训机构规范管理覆盖率", "等于", pct(1), "%"),
            ("满意度\n指标", "服务对象满意度\n指标", "参训人员满意度", "大于等于", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "陶然", "0731-5512068")
    return b


@variant(
    "kp05-fullwidth-operators",
    (1, 9),
    "project, NAT-2021, full-width ＞＝ / ＜＝ in the operator "
    "column, full-width digits in text counts, a unit column",
)
def kp05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="白枫县中小学校园安全视频监控升级",
        dept="白枫县教育局",
        unit="白枫县教育技术装备中心",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(268, WAN), "其中：财政拨款", money(268, WAN)),
            (None, None, "其他资金", money(0, WAN)),
        ],
        goals=[
            "为全县42所中小学升级校园视频监控系统，新增高清摄像点位1260个，实现校园重点部位监控全覆盖。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table(
        [
            ("产出指标", "数量指标", "升级监控系统学校数", "＞＝", "４２", "所"),
            (None, None, "新增高清摄像点位", "＞＝", "１２６０", "个"),
            (None, None, "接入县级平台学校数", "＞＝", "４２", "所"),
            (None, "质量指标", "设备安装验收合格率", "＝", pct(1), "%"),
            (None, None, "摄像点位在线率", "＞＝", pct(0.98), "%"),
            (None, "时效指标", "项目建设工期", "＜＝", "１５０", "天"),
            ("成本指标", "经济成本指标", "单个摄像点位综合造价", "＜＝", "０.２", "万元/个"),
            ("效益指标", "社会效益指标", "校园重点部位监控覆盖率", "＝", pct(1), "%"),
            (None, None, "校园安全事件发现处置时间", "＜＝", "１５", "分钟"),
            (None, "可持续影响指标", "设备质保期", "＞＝", "３", "年"),
            ("满意度指标", "服务对象满意度指标", "学校师生满意度", "＞＝", pct(0.9), "%"),
            (None, None, "学生家长满意度", "＞＝", pct(0.88), "%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("联系人：范雪", None, "电话：0739-4420381", None, "2025年11月")
    return b


@variant(
    "kp06-department-money-year",
    (12, 4),
    "department, NAT-2021, Word paste with tiers written once: "
    "资金总额 ≠ 财政拨款 + 其他资金, a deadline in the year before",
)
def kp06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=2026,
        dept="青岚市档案馆",
        budget=[
            (
                mk(money(1486.2, WAN), "B101", "error", row=True, note="1386.2 + 90 = 1476.2"),
                money(1386.2, WAN),
                money(90, WAN),
                money(1106.2, WAN),
                money(380, WAN),
            ),
        ],
        tasks=[
            ("馆藏档案数字化", "纸质档案扫描与著录", money(210, WAN), "数字化档案40万页"),
            ("档案库房安全改造", "库房温湿度与消防系统改造", money(120, WAN), "改造库房6间"),
            ("档案开放利用", "档案展览与查阅服务", money(50, WAN), "举办专题展览4场"),
            ("合计", None, money(380, WAN), None),
        ],
        goal="推进馆藏档案数字化，改善库房保管条件，扩大档案开放利用，全年档案安全无事故。",
    )
    s.row("一级\n指标", "二级\n指标", "三级指标", "指标值", None, None)
    rows = [
        ("产出指标", "数量指标", "档案数字化扫描页数", "≥40万页"),
        (None, None, "改造档案库房间数", "≥6间"),
        (None, None, "举办档案专题展览", "≥4场"),
        (None, "质量指标", "数字化成果质检合格率", "≥99%"),
        (
            None,
            "时效指标",
            "库房改造完工时间",
            mk(
                "2025年10月31日前",
                "Y102",
                "error",
                alt=("Y101", "Y103"),
                note="a 2026 budget, a deadline in 2025",
            ),
        ),
        (None, None, "查档申请办结时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "档案数字化单页成本", "≤0.5元/页"),
        ("效益指标", "社会效益指标", "接待查档利用人次", "≥6000人次"),
        (None, "可持续影响指标", "重要档案异地备份率", "100%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ]
    for r in rows:
        s.row(*r)
    s.skip()
    s.row("单位负责人：邵光明", None, "财务负责人：吕芳", None, "填表人：彭琳")
    return b
