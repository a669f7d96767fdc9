"""Workbooks as a whole: a 封面 and a 填报说明 sheet before the table, a 汇总 sheet with one
sheet per project, hidden helper columns (kw01–kw05)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout91.common import (
    comment,
    cover,
    footer,
    hide_cols,
    instructions,
    one_year,
)
from tests.variants.holdout91.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, pct

WIDE = (16, 18, 30, 12, 16, 14)


@variant("kw01-cover-notes", (4, 7), "project, NAT-2021: 封面 and 填报说明 sheets before the "
         "table sheet; 比较符 and 计量单位 columns, percent cells, "
         "a deadline as a date cell")  # fmt: skip
def kw01() -> Book:
    b = Book()
    cover(b, "岚溪县2026年度项目支出绩效目标申报材料", [
        "项目名称：岚溪县农村公路日常养护项目",
        "申报单位（盖章）：岚溪县交通运输局",
        "主管部门：岚溪县交通运输局",
        "填报日期：2025年11月12日",
        "联系人：周晓岚　　联系电话：0596-6231457",
    ])  # fmt: skip
    instructions(b, [
        "本表金额单位为万元，保留两位小数。",
        "绩效指标应细化、量化，定量指标须填写比较符、指标值和计量单位。",
        "定性指标在比较符栏填“定性”，指标值填写预期达到的程度。",
        "满意度指标原则上不低于85%。",
        "本表经单位负责人审核后报县财政局预算股。",
    ])  # fmt: skip
    s = b.sheet("绩效目标表", widths=WIDE)
    project_head(s, year=2026, name="岚溪县农村公路日常养护项目", dept="岚溪县交通运输局（215）",
                 unit="岚溪县公路事业发展中心", money=one_year(860, 800, 60),
                 goals=["完成全县420公里农村公路日常养护，及时修复水毁路段，提高路况水平，"
                        "保障群众安全便捷出行。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "养护农村公路里程", "≥", 420, "公里"),
        (None, None, "路面坑槽修补面积", "≥", 6500, "平方米"),
        (None, None, "清理边沟长度", "≥", 180, "公里"),
        (None, "质量指标", "养护路段优良路率", "≥", pct(0.85), "%"),
        (None, None, "修补路面验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "水毁路段修复时限", "≤", 30, "天"),
        (None, None, "年度养护任务完成时间", "≤", day(2026, 12, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "每公里年养护成本", "≤", 2, "万元/公里"),
        (None, None, "坑槽修补单价", "≤", 95, "元/平方米"),
        ("效益指标", "社会效益指标", "农村公路通行条件", "定性", "有效改善", None),
        (None, None, "因路况原因引发的交通事故", "≤", 3, "起"),
        (None, "可持续影响指标", "农村公路管护长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "周晓岚", "0596-6231457", "2025年11月12日")
    return b


def _project(s: Sheet, name: str, unit: str, total: float, fiscal: float, other: float,
             goal: str, rows: list[tuple], head_years: int = 2026) -> None:  # fmt: skip
    project_head(s, year=head_years, name=name, dept="青桐区文化和旅游局（308）", unit=unit,
                 money=one_year(total, fiscal, other), goals=[goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(rows, merged=(1, 2))


@variant("kw02-summary-sheets", (2, 7), "three projects, one sheet each, behind a 汇总 sheet "
         "whose amounts match every project's head; OLD-NAT, one value column")  # fmt: skip
def kw02() -> Book:
    b = Book()
    s = b.sheet("汇总", widths=(8, 30, 12, 16, 16, 14, 18))
    s.title("青桐区文化和旅游局2026年度项目支出绩效目标汇总表", 7)
    s.row(
        "序号",
        "项目名称",
        "项目属性",
        "年度资金（万元）",
        "其中：财政拨款",
        "其他资金",
        "对应工作表",
    )
    s.row(1, "公共文化场馆免费开放", "常年项目", money(240, WAN), money(240, WAN), money(0, WAN),
          "项目1-场馆开放")  # fmt: skip
    s.row(2, "文化惠民演出", "延续项目", money(180, WAN), money(150, WAN), money(30, WAN),
          "项目2-惠民演出")  # fmt: skip
    s.row(3, "非物质文化遗产保护传承", "延续项目", money(95, WAN), money(95, WAN), money(0, WAN),
          "项目3-非遗保护")  # fmt: skip
    s.row("合计", None, None, money(515, WAN), money(485, WAN), money(30, WAN), None,
          merge=[(1, 3)])  # fmt: skip
    s.skip()
    s.row("注：各项目绩效目标表见后附工作表。")

    p = b.sheet("项目1-场馆开放", widths=WIDE)
    _project(p, "公共文化场馆免费开放", "青桐区文化馆、青桐区图书馆", 240, 240, 0,
             "文化馆、图书馆及12个街道综合文化站全年免费开放，开展公益培训和阅读推广活动。", [
        ("产出指标", "数量指标", "免费开放场馆数量", "≥14个"),
        (None, None, "年度开放天数", "≥300天"),
        (None, None, "举办公益培训班", "≥60期"),
        (None, None, "开展阅读推广活动", "≥120场"),
        (None, "质量指标", "免费开放服务项目达标率", "≥95%"),
        (None, "时效指标", "场馆每周开放时间", "≥56小时"),
        (None, "成本指标", "场馆年均运行补助", "≤17万元/个"),
        ("效益指标", "社会效益指标", "场馆年接待人次", "≥45万人次"),
        (None, "可持续影响指标", "基层公共文化服务体系", "不断完善"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    footer(p, "林可", "0592-5568210", "2025年11月20日")

    p = b.sheet("项目2-惠民演出", widths=WIDE)
    _project(p, "文化惠民演出", "青桐区文化馆", 180, 150, 30,
             "全年组织文化惠民演出进社区、进乡村，丰富群众精神文化生活。", [
        ("产出指标", "数量指标", "惠民演出场次", "≥150场"),
        (None, None, "覆盖社区（村）数量", "≥75个"),
        (None, "质量指标", "演出节目审核通过率", "100%"),
        (None, "时效指标", "演出计划完成时间", "2026年12月31日前"),
        (None, "成本指标", "每场演出补助标准", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "观看演出群众人次", "≥6万人次"),
        (None, None, "群众文化生活", "有效丰富"),
        (None, "可持续影响指标", "惠民演出常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        (None, None, "演出团体满意度", "≥85%"),
    ])  # fmt: skip
    footer(p, "林可", "0592-5568210", "2025年11月20日")

    p = b.sheet("项目3-非遗保护", widths=WIDE)
    _project(p, "非物质文化遗产保护传承", "青桐区非物质文化遗产保护中心", 95, 95, 0,
             "完成区级非遗项目记录建档，支持传承人带徒传艺，举办非遗展示活动。", [
        ("产出指标", "数量指标", "非遗项目数字化记录", "≥8项"),
        (None, None, "资助代表性传承人", "≥26人"),
        (None, None, "非遗展示展演活动", "≥12场"),
        (None, "质量指标", "记录成果验收合格率", "≥95%"),
        (None, "时效指标", "传承人补助发放时间", "2026年6月30日前"),
        (None, "成本指标", "传承人年补助标准", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "非遗项目社会认知度", "明显提升"),
        (None, "可持续影响指标", "非遗传承梯队", "逐步形成"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    footer(p, "林可", "0592-5568210", "2025年11月20日")
    return b


@variant("kw03-summary-mismatch", (2, 12), "two projects, one sheet each, behind a 汇总 sheet; "
         "NAT-2021 with a 指标值说明 column; "
         "the second project's money does not add up")  # fmt: skip
def kw03() -> Book:
    b = Book()
    s = b.sheet("汇总", widths=(8, 30, 16, 16, 14))
    s.title("槐川县卫生健康局2026年度项目绩效目标汇总", 5)
    s.row("序号", "项目名称", "年度资金（万元）", "其中：财政拨款", "其他资金")
    s.row(1, "家庭医生签约服务", money(120, WAN), money(100, WAN), money(20, WAN))
    s.row(2, "适龄妇女“两癌”免费筛查", money(66, WAN), money(58, WAN), money(6, WAN))
    s.row("合计", None, money(186, WAN), money(158, WAN), money(26, WAN), merge=[(1, 2)])
    b.file_mark("B101", "error", note="两癌筛查：58 + 6 = 64 ≠ 66（项目表与汇总表同错）")

    cols = ("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")
    p = b.sheet("家庭医生签约", widths=WIDE)
    project_head(p, year=2026, name="家庭医生签约服务", dept="槐川县卫生健康局（402）",
                 unit="槐川县各乡镇卫生院", money=one_year(120, 100, 20),
                 goals=["为重点人群提供家庭医生签约服务，提高签约覆盖面和履约质量。"])  # fmt: skip
    p.row(*cols)
    p.table([
        ("产出指标", "数量指标", "重点人群签约人数", "≥3.6万人", "老年人、慢病患者等"),
        (None, None, "组建家庭医生团队", "≥48个", None),
        (None, "质量指标", "重点人群签约覆盖率", "≥75%", "按辖区重点人群数计算"),
        (None, None, "签约居民规范履约率", "≥90%", None),
        (None, "时效指标", "签约服务经费拨付时间", "2026年9月30日前", None),
        ("成本指标", "经济成本指标", "人均签约服务补助", "≤33元/人", "按签约人数结算"),
        ("效益指标", "社会效益指标", "重点人群健康管理水平", "有效提升", None),
        (None, "可持续影响指标", "家庭医生签约服务机制", "持续运行", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "抽样调查"),
    ], merged=(1, 2))  # fmt: skip
    footer(p, "何静", "0597-3321806", "2025年11月15日")

    p = b.sheet("两癌筛查", widths=WIDE)
    project_head(p, year=2026, name="适龄妇女“两癌”免费筛查", dept="槐川县卫生健康局（402）",
                 unit="槐川县妇幼保健院", money=one_year(66, 58, 6),
                 goals=["为全县35—64岁适龄妇女提供宫颈癌和乳腺癌免费筛查，"
                        "做到早发现、早治疗。"])  # fmt: skip
    p.row(*cols)
    p.table([
        ("产出指标", "数量指标", "宫颈癌筛查人数", "≥6000人", None),
        (None, None, "乳腺癌筛查人数", "≥6000人", None),
        (None, "质量指标", "筛查结果随访率", "≥95%", "阳性病例"),
        (None, None, "筛查报告规范率", "≥98%", None),
        (None, "时效指标", "筛查任务完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "人均筛查费用", "≤55元/人", "两项合计"),
        ("效益指标", "社会效益指标", "早诊早治率", "≥80%", None),
        (None, None, "适龄妇女防癌意识", "明显增强", None),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(p, "何静", "0597-3321806", "2025年11月15日")
    return b


@variant("kw04-cover-department", (4, 12), "department, NAT-2021: 封面 and 填报说明 sheets, then "
         "the 部门整体 sheet; budget, key tasks and 金额合计 consistent, "
         "年度指标值 column")  # fmt: skip
def kw04() -> Book:
    b = Book()
    cover(b, "松河市档案馆2026年度部门整体支出绩效目标", [
        "部门（单位）：松河市档案馆（盖章）",
        "部门预算编码：117003",
        "报送日期：2025年11月25日",
    ])  # fmt: skip
    instructions(b, [
        "“年度预算”按2026年部门预算“一上”数填列，单位：万元。",
        "资金总额应等于财政拨款与其他资金之和，也应等于基本支出与项目支出之和。",
        "年度主要任务的预算金额合计应与项目支出一致。",
        "绩效指标按产出、成本、效益、满意度四类设置，定量指标写明比较符和单位。",
    ])  # fmt: skip
    s = b.sheet("部门整体绩效目标", widths=WIDE)
    department_head(s, year=2026, dept="松河市档案馆", filled=day(2025, 11, 25),
                    budget=[(money(1260, WAN), money(1200, WAN), money(60, WAN),
                             money(880, WAN), money(380, WAN))],
                    tasks=[("馆藏档案数字化", "纸质档案扫描、著录和挂接", money(210, WAN),
                            "完成120万画幅数字化"),
                           ("馆藏档案保护", "库房温湿度控制、破损档案修复", money(95, WAN),
                            "修复破损档案3000页"),
                           ("档案开放利用", "开放鉴定、查档服务和展览", money(75, WAN),
                            "举办档案展览2场"),
                           ("金额合计", None, money(380, WAN), None)],
                    goal="推进馆藏档案数字化和安全保护，扩大档案开放利用，"
                         "提升档案公共服务能力。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "档案数字化画幅", "≥120万画幅"),
        (None, None, "破损档案修复页数", "≥3000页"),
        (None, None, "举办档案展览", "≥2场"),
        (None, None, "接待查档利用人次", "≥8000人次"),
        (None, "质量指标", "数字化成果验收合格率", "≥99%"),
        (None, None, "库房温湿度达标率", "≥95%"),
        (None, "时效指标", "查档申请办结时限", "≤3个工作日"),
        (None, None, "开放鉴定完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "数字化每画幅单价", "≤1.5元/画幅"),
        (None, None, "“三公”经费支出", "≤12万元"),
        ("效益指标", "社会效益指标", "档案开放利用水平", "有效提升"),
        (None, None, "馆藏档案安全事故", "0起"),
        (None, "可持续影响指标", "档案信息化管理水平", "逐步提高"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥95%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "梁雨", "0593-2207416", "2025年11月25日")
    return b


@variant("kw05-hidden-lists", (1, 5), "project, NAT-2021: hidden columns holding the dropdown "
         "lists, a 比较符 column, percent cells; one completion rate typed as 105%")  # fmt: skip
def kw05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 30, 10, 14, 12, 4, 14, 10))
    project_head(s, year=2026, name="食品安全监督抽检", dept="白沙河区市场监督管理局（521）",
                 unit="白沙河区市场监督管理局", money=one_year(138, 138, 0),
                 goals=["完成全区食品安全监督抽检任务，及时核查处置不合格食品，"
                        "守住不发生区域性系统性食品安全风险的底线。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    top = s.r
    s.table([
        ("产出指标", "数量指标", "食品监督抽检批次", "≥", 2300, "批次"),
        (None, None, "快检筛查批次", "≥", 12000, "批次"),
        (None, None, "抽检任务完成率", "≥", mk(pct(1.05), "T106", "error",
                                          note="完成率不能超过100%"), "%"),
        (None, "质量指标", "不合格食品核查处置率", "=", pct(1), "%"),
        (None, "时效指标", "不合格产品核查处置时限", "≤", 30, "日"),
        ("成本指标", "经济成本指标", "每批次抽检检验费用", "≤", 550, "元/批次"),
        ("效益指标", "社会效益指标", "区域性系统性食品安全事件", "定性", "不发生", None),
        (None, None, "食品安全监管能力", "定性", "有效提升", None),
        (None, "可持续影响指标", "食品安全风险防控机制", "定性", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", pct(0.85), "%"),
    ], merged=(1, 2))  # fmt: skip
    lists = [("一级指标", "比较符"), ("产出指标", "≥"), ("成本指标", "≤"), ("效益指标", "="),
             ("满意度指标", "定性")]  # fmt: skip
    for i, (a, c) in enumerate(lists):
        s.put(top + i, 8, a)
        s.put(top + i, 9, c)
    hide_cols(s, "G", "H", "I")
    comment(s, top + 3, 5, "按省局下达任务数2300批次计算")
    footer(s, "郑海", "0595-8806133", "2025年11月19日")
    return b
