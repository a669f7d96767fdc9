"""Correct project returns in unusual layouts: a table starting in column C with an empty
spacer column, several tables on one sheet apart by blank rows, two projects stacked apart by
blank rows, and a one-year project whose 中期 and 年度 columns legitimately agree."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.holdout49.common import (
    at,
    comment,
    line,
    project_block,
    quoted,
    signature,
    title,
)
from tests.variants.holdout49.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money, ok, pct


@variant("jg04-column-c-spacer-ok", (4, 7),
         "project, OLD-NAT, table in columns C–H with an empty spacer column between 三级指标 "
         "and 指标值; 预算年度 typed '2027 (leading apostrophe); trailing spaces in tier labels "
         "and values; 一级馆, 不低于全省平均水平, 100%全覆盖")  # fmt: skip
def column_c_spacer() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 3, 14, 16, 28, 2, 16, 12))
    c = 3
    title(s, "檀山县2027年度项目支出绩效目标表", c, 6)
    r = s.row("预算年度", "2027", None, "金额单位", "万元", None, col=c,
              merge=at(c, (2, 3), (5, 6)))  # fmt: skip
    quoted(s, r, c + 1)
    project_block(
        s, col=c, head="", year=2027, name="檀山县乡村公共文化服务提升项目",
        dept="檀山县文化广电旅游体育局", unit="檀山县文化馆",
        money=[("中期资金总额", 150, "年度资金总额", 150),
               ("其中：财政拨款", 130, "其中：财政拨款", 130),
               ("其他资金", 20, "其他资金", 20)],
        goals=["全年送戏下乡120场以上，数字农家书屋全覆盖，人均公共文化设施面积不低于全省"
               "平均水平，群众满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "计量单位", col=c)
    s.table([
        ("产出指标 ", "数量指标", "送戏下乡演出", None, "≥120 ", "场"),
        (None, None, "乡镇综合文化站免费开放时间", None, "≥56", "小时/周"),
        (None, "质量指标 ", "数字农家书屋覆盖率", None, "100%全覆盖", None),
        (None, None, "县级图书馆评估定级", None, "一级馆", None),
        (None, "时效指标", "送戏下乡完成时间", None, "2027年11月30日前", None),
        (None, "成本指标", "每场演出补助标准", None, "≤0.8", "万元/场"),
        ("效益指标 ", "社会效益指标", "人均公共文化设施面积", None, "不低于全省平均水平", None),
        (None, None, "群众文化活动参与", None, "≥6", "万人次"),
        (None, "可持续影响指标", "在册基层文艺团队", None, "≥45", "支"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", None, "≥90% ", None),
    ], merged=(1, 2), col=c)  # fmt: skip
    line(s, "注：每场演出补助标准按县文旅体局2026年度政府采购结果确定。", c, 6)
    signature(s, c, day(2026, 11, 12), who="吴雨桐", checker="郑海波")
    return b


@variant("jg05-tables-apart-ok", (4, 7, 12),
         "project, NAT-2021, from column B: basic-facts table, money table, 资金测算明细, goal "
         "and indicator table apart by blank rows; header repeated after a page break; "
         "5G in a name, =100%, a bare 1套")  # fmt: skip
def tables_apart() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 16, 18, 30, 18, 16, 18))
    c = 2
    title(s, "石湄县2027年度项目支出绩效目标表", c, 6)
    line(s, "一、项目基本情况", c, 6)
    s.row("项目名称", "石湄县基层应急广播（5G融合）升级项目", None, "主管部门", "石湄县应急管理局",
          None, col=c, merge=at(c, (2, 3), (5, 6)))  # fmt: skip
    s.row("实施单位", "石湄县应急指挥保障中心", None, "项目属性", "新增项目", None, col=c,
          merge=at(c, (2, 3), (5, 6)))  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2027, 1, 1), "计划完成日期", day(2027, 12, 31),
          col=c)  # fmt: skip
    s.skip(2)
    line(s, "二、项目资金（万元）", c, 6)
    s.row("资金总额", money(100, WAN), "其中：财政拨款", money(80, WAN), "其他资金",
          money(20, WAN), col=c)  # fmt: skip
    s.skip(1)
    s.row("支出内容", "金额（万元）", "测算依据", None, None, None, col=c, merge=at(c, (3, 6)))
    for item in (("应急广播终端购置", 52, "260个×0.2万元/个"),
                 ("安装调试", 18, "按市场询价"),
                 ("5G融合发布平台运维", 20, "按年度运维服务合同"),
                 ("乡村应急广播员培训", 10, "4期×2.5万元/期"),
                 ("合计", 100, None)):  # fmt: skip
        s.row(*item, None, None, None, col=c, merge=at(c, (3, 6)))
    s.skip(2)
    line(s, "三、年度绩效目标", c, 6)
    line(s, "更新应急广播终端260个，行政村应急广播全覆盖，预警信息10分钟内发布到村到户，"
         "公众知晓率85%以上。", c, 6)  # fmt: skip
    s.skip(2)
    line(s, "四、绩效指标", c, 6)
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.row(*head, col=c)
    s.table([
        ("成本指标", "经济成本指标", "应急广播终端单价", "≤0.2", "万元/个", None),
        ("产出指标", "数量指标", "更新应急广播终端", "≥260", "个", None),
        (None, None, "5G融合发布平台", 1, "套", None),
        (None, "质量指标", "终端在线率", "≥98%", None, None),
        (None, None, "行政村应急广播覆盖率", "=100%", None, None),
        (None, "时效指标", "预警信息发布时间", "≤10", "分钟", None),
        (None, None, "终端安装完成时间", "2027年6月30日前", None, None),
    ], merged=(1, 2), col=c)  # fmt: skip
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*head, col=c)
    s.table([
        ("效益指标", "社会效益指标", "预警信息公众知晓率", "≥85%", None, None),
        (None, "可持续影响指标", "设备运维管护制度", "建立并执行", None, None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", None, None),
    ], merged=(1, 2), col=c)  # fmt: skip
    line(s, "填报说明：1.金额单位为万元；2.定性指标可不填计量单位；3.本表一式两份。", c, 6)
    signature(s, c, day(2026, 11, 20, CN_DATE), who="冯嘉怡", checker="韩志刚")
    return b


def _merge_values(s: Sheet, first: int) -> None:
    """The value cell of each row from ``first`` to the last is merged over columns D–F."""
    for r in range(first, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)


def _waterworks(book: Book) -> None:
    s = book.sheet("水利局项目", (14, 16, 28, 18, 16, 18))
    project_block(
        s, year=2027, name="青樾县农村饮水工程维修养护项目", dept="青樾县水利局",
        unit="青樾县农村供水管理站",
        money=[("中期资金总额", 320, "年度资金总额", 320),
               ("其中：财政拨款", 300, "其中：财政拨款", 300),
               ("其他资金", 20, "其他资金", 20)],
        goals=["维修养护农村供水工程46处，水质每季度检测1次，保障8.6万农村人口饮水安全。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "维修养护农村供水工程", "≥46处"),
        (None, "质量指标", "农村供水水质检测", "每季度1次"),
        (None, None, "农村供水保证率", "95%以上"),
        (None, "时效指标", "维修养护完成时间", "2027年10月31日前"),
        (None, "成本指标", "单处工程维修养护成本", "≤6.5万元/处"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥8.6万人"),
        (None, "可持续影响指标", "工程长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    _merge_values(s, s.r - 7)
    s.skip(3)
    project_block(
        s, year=2027, name="青樾县小型水库除险加固项目", dept="青樾县水利局",
        unit="青樾县水库管理所", attr="一次性项目",
        money=[("中期资金总额", 540, "年度资金总额", 540),
               ("其中：财政拨款", 500, "其中：财政拨款", 500),
               ("其他资金", 40, "其他资金", 40)],
        goals=["完成4座小型水库除险加固，汛前主体工程完工，保护下游1.2万人安全。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table([
        ("产出指标（50分）", "数量指标", "除险加固小型水库", "≥4座"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2027年5月31日前"),
        (None, "成本指标", "单座水库除险加固成本", "≤130万元/座"),
        ("效益指标（30分）", "社会效益指标", "保护下游人口", "≥1.2万人"),
        (None, "生态效益指标", "水库汛期安全度汛率", "=100%"),
        ("满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    _merge_values(s, s.r - 6)
    s.row("注：预算执行率（10分）另行考核，不列入本表。", None, None, None, None, None,
          merge=[(1, 6)])  # fmt: skip


@variant("jg06-two-projects-apart-ok", (2, 4),
         "two one-year projects of one bureau stacked on one sheet, three blank rows apart, "
         "OLD-NAT, one value column merged over three columns; the same satisfaction name with "
         "different values in the two projects; points on the second's tier-1 labels (50 + 30 "
         "+ 10, 预算执行率 scored apart); 每季度1次, 95%以上")  # fmt: skip
def two_projects_apart() -> Book:
    b = Book()
    _waterworks(b)
    return b


@variant("jg07-one-year-period-ok", (8, 7),
         "one-year project, NAT-2021, 中期 and 年度 goals and values identical (legitimately), "
         "two-line header (指标值 over 中期指标值 / 年度指标值), 批注 on cells, 0起 tolerated, "
         "a footnote")  # fmt: skip
def one_year_period() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 18, 12))
    goal = "完成食品安全抽检4800批次，不合格食品核查处置率100%，抽检信息20个工作日内公开。"
    project_block(
        s, year=2027, name="栖云市2027年食品安全抽检监测项目", dept="栖云市市场监督管理局",
        unit="栖云市食品药品检验所", attr="常年项目",
        money=[("中期资金总额", money(620, WAN), "年度资金总额", money(620, WAN)),
               ("其中：财政拨款", money(600, WAN), "其中：财政拨款", money(600, WAN)),
               ("其他资金", money(20, WAN), "其他资金", money(20, WAN))],
        goals=[goal, goal],
    )  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值", None)
    for col in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    s.table([
        ("成本指标", "经济成本指标", "单批次检测成本", "≤0.12万元/批次", "≤0.12万元/批次", None),
        ("产出指标", "数量指标", "食品安全抽检", "≥4800批次", "≥4800批次", None),
        (None, "质量指标", "抽检不合格食品核查处置率", "=100%", "=100%", None),
        (None, None, "检测报告出具及时率", pct(0.95), pct(0.95), None),
        (None, "时效指标", "抽检信息公开时限", "≤20个工作日", "≤20个工作日", None),
        ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", "≥98%", None),
        (None, None, "重大食品安全事故", ok("0起"), ok("0起"), None),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", "≥85%", None),
    ], merged=(1, 2))  # fmt: skip
    comment(s, s.r - 6, 5, "一年期项目，年度指标值与中期相同。", "市场监管局 计财科")
    comment(s, s.r - 1, 4, "指全年不发生重大食品安全事故。", "检验所")
    line(s, "注：本项目实施期为一年，中期目标与年度目标一致。", 1, 6)
    signature(s, 1, day(2026, 11, 3, CN_DATE), who="何静怡", checker="许振东")
    return b
