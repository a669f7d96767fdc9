"""A 汇总 sheet listing the workbook's projects with a 合计, stacked projects each with its own
grid, a flat department list under a budget grid with 占比 and head counts, a detail table of
quantities × unit prices, a three-year project with 中期 and 年度 money (jv13–jv18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout64.common import goal, goals2, head, indicators, sign
from tests.variants.holdout64.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, Sheet, day, mk, money, pct


def summary_sheet(s: Sheet, title: str, lines: Sequence[tuple[str, float, float, float]],
                  total: Sequence[Any]) -> None:  # fmt: skip
    s.title(title, 6)
    s.row("单位：万元", None, None, None, None, None, merge=[(1, 6)])
    s.row("序号", "项目名称", "资金总额", "其中：财政拨款", "其他资金", "绩效目标表")
    for i, (name, amt, fin, oth) in enumerate(lines, start=1):
        s.row(i, name, money(amt), money(fin), money(oth), f"见表{i}")
    s.row("合计", None, *total, None, merge=[(1, 2)])


def project_sheet(b: Book, tab: str, *, title: str, name: str, dept: str, unit: str, year: int,
                  amt: float, fin: float, oth: float, aim: str,
                  rows: Sequence[Sequence[Any]]) -> Sheet:  # fmt: skip
    s = b.sheet(tab)
    head(s, title=title, name=name, dept=dept, unit=unit, year=year)
    s.row("项目资金（万元）", "资金总额", "其中：财政拨款", "其他资金", None, None, merge=[(4, 6)])
    s.row(None, money(amt), money(fin), money(oth), None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal(s, aim)
    indicators(s, rows)
    return s


@variant(
    "jv13-summary-sheet",
    (2, 7, 12),
    "workbook of a 汇总 sheet listing two projects with a 合计, then one sheet "
    "per project (NAT-2021)",
)
def jv13() -> Book:
    b = Book()
    summary_sheet(b.sheet("汇总", widths=(8, 34, 14, 16, 14, 14)),
                  "青梧县文化广电旅游体育局2027年项目支出绩效目标汇总表",
                  [("送戏下乡惠民演出", 85, 85, 0), ("全民健身设施维护更新", 120, 100, 20)],
                  [money(205), money(185), money(20)])  # fmt: skip
    project_sheet(b, "表1送戏下乡", title="2027年度项目支出绩效目标表（表1）",
                  name="送戏下乡惠民演出", dept="青梧县文化广电旅游体育局",
                  unit="青梧县文化馆", year=2027, amt=85, fin=85, oth=0,
                  aim="组织专业和业余文艺团队到乡镇、村开展惠民演出，丰富农村群众文化生活。",
                  rows=[
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥170场"),
        (None, None, "覆盖行政村数量", "≥150个"),
        (None, "质量指标", "演出节目审核通过率", pct(1)),
        (None, "时效指标", "演出任务完成时间", "2027年11月30日前"),
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤5000元/场"),
        ("效益指标", "社会效益指标", "观看演出群众人次", "≥60000人次"),
        (None, None, "农村群众文化生活", "不断丰富"),
        (None, "可持续影响指标", "送戏下乡常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", pct(0.92)),
    ])  # fmt: skip
    s = project_sheet(b, "表2健身设施", title="2027年度项目支出绩效目标表（表2）",
                      name="全民健身设施维护更新", dept="青梧县文化广电旅游体育局",
                      unit="青梧县体育事业发展中心", year=2027, amt=120, fin=100, oth=20,
                      aim="维护更新村（社区）全民健身设施，保障设施安全可用，方便群众就近健身。",
                      rows=[
        ("产出指标", "数量指标", "维护更新健身路径", "≥200套"),
        (None, None, "新建多功能运动场", "≥4个"),
        (None, "质量指标", "设施安全检查合格率", pct(1)),
        (None, None, "设施完好率", pct(0.95)),
        (None, "时效指标", "设施报修处理时间", "≤7天"),
        ("成本指标", "经济成本指标", "健身路径维护更新单价", "≤3000元/套"),
        (None, None, "多功能运动场建设单价", "≤15万元/个"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%"),
        (None, "可持续影响指标", "健身设施管护责任落实率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2027, "蒋文斌", "0736-5509821")
    return b


@variant(
    "jv14-summary-total-wrong",
    (2, 12),
    "workbook of a 汇总 sheet whose 合计 is not the sum of its projects, then "
    "one sheet per project (OLD-NAT); a rate over 100 %",
)
def jv14() -> Book:
    b = Book()
    summary_sheet(b.sheet("项目汇总", widths=(8, 34, 14, 16, 14, 14)),
                  "岚溪县卫生健康局2026年项目支出绩效目标汇总表",
                  [("家庭医生签约服务补助", 160, 150, 10), ("老年人健康体检", 140, 130, 10)],
                  [mk(money(320), "B102", "error", row=True, alt=("B101",),
                      note="160 + 140 = 300, not 320"),
                   money(280), money(20)])  # fmt: skip
    project_sheet(b, "表1", title="2026年度项目支出绩效目标表（表1）",
                  name="家庭医生签约服务补助", dept="岚溪县卫生健康局",
                  unit="岚溪县各乡镇卫生院、社区卫生服务中心", year=2026, amt=160, fin=150,
                  oth=10, aim="落实家庭医生签约服务，重点人群签约应签尽签，提升签约服务质量。",
                  rows=[
        ("产出指标", "数量指标", "重点人群签约人数", "≥4.2万人"),
        (None, None, "组建家庭医生团队", "≥85个"),
        (None, "质量指标", "重点人群签约服务覆盖率", "≥75%"),
        (None, None, "签约居民续约率",
         mk("≥105%", "T106", "error", note="a renewal rate capped at 100 %")),
        (None, "时效指标", "签约服务补助拨付及时率", pct(1)),
        (None, "成本指标", "签约服务人均补助", "≤35元/人"),
        ("效益指标", "社会效益指标", "基层首诊率", "≥65%"),
        (None, "可持续影响指标", "家庭医生签约服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s = project_sheet(b, "表2", title="2026年度项目支出绩效目标表（表2）",
                      name="老年人健康体检", dept="岚溪县卫生健康局",
                      unit="岚溪县各乡镇卫生院", year=2026, amt=140, fin=130, oth=10,
                      aim="为辖区65岁及以上老年人提供免费健康体检，建立健康档案，早发现早干预。",
                      rows=[
        ("产出指标", "数量指标", "完成老年人健康体检人数", "≥2.8万人"),
        (None, None, "更新老年人健康档案", "≥2.8万份"),
        (None, "质量指标", "体检结果反馈率", pct(1)),
        (None, None, "健康档案规范建档率", "≥90%"),
        (None, "时效指标", "体检工作完成时间", "2026年10月31日前"),
        (None, "成本指标", "人均体检费用", "≤50元/人"),
        ("效益指标", "社会效益指标", "老年人慢性病早发现早干预水平", "有所提高"),
        (None, "可持续影响指标", "老年人健康管理率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "体检老年人满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, 2026, "曾秀芳", "0739-6631247", month=12, d=9)
    return b


@variant(
    "jv15-stacked-yuan",
    (2, 12),
    "two projects stacked on one sheet, OLD-NAT, each with its own 资金总额 │ "
    '财政拨款 │ 其他资金 grid in 元 (#,##0.00"元"), one value column',
)
def jv15() -> Book:
    b = Book()
    s = b.sheet("项目表")
    s.title("澜江市市场监督管理局2027年度项目支出绩效目标表", 6)
    specs = [
        (
            "食品安全抽检监测",
            "澜江市食品检验检测中心",
            2_400_000,
            2_400_000,
            0,
            "完成全市食品安全监督抽检和风险监测，及时核查处置不合格食品，守住食品安全底线。",
            [
                ("产出指标", "数量指标", "食品安全监督抽检批次", "≥4800批次"),
                (None, None, "风险监测批次", "≥1200批次"),
                (None, "质量指标", "不合格食品核查处置率", pct(1)),
                (None, "时效指标", "抽检结果公布及时率", pct(1)),
                (None, "成本指标", "每批次平均检验费用", "≤400元/批次"),
                ("效益指标", "社会效益指标", "群众食品安全知晓率", "≥90%"),
                (None, "可持续影响指标", "食品安全风险防控能力", "持续提升"),
                ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%"),
            ],
        ),
        (
            "计量器具强制检定",
            "澜江市计量测试所",
            680_000,
            600_000,
            80_000,
            "对全市在用强制检定计量器具开展检定，保障贸易结算和安全防护计量准确。",
            [
                ("产出指标", "数量指标", "强制检定计量器具数量", "≥26000台（件）"),
                (None, None, "集贸市场计量检查", "≥45个"),
                (None, "质量指标", "检定结果准确率", pct(1)),
                (None, "时效指标", "检定证书出具时间", "≤5个工作日"),
                (None, "成本指标", "单台（件）平均检定成本", "≤26元"),
                ("效益指标", "社会效益指标", "计量纠纷投诉处理率", pct(1)),
                (None, "可持续影响指标", "计量器具监管信息化水平", "逐步提高"),
                ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%"),
            ],
        ),
    ]
    for i, (name, unit, amt, fin, oth, aim, rows) in enumerate(specs, start=1):
        s.skip()
        s.row(f"项目{i}", None, None, None, None, None, merge=[(1, 6)])
        s.row("项目名称", name, None, "实施单位", unit, None, merge=[(2, 3), (5, 6)])
        s.row("项目期", "1年", "计划开始日期", day(2027, 1, 1), "计划完成日期", day(2027, 12, 31))
        s.row("项目资金（元）", "资金总额", "其中：财政拨款", "其他资金", None, None,
              merge=[(4, 6)])  # fmt: skip
        s.row(None, money(amt, YUAN), money(fin, YUAN), money(oth, YUAN), None, None,
              merge=[(4, 6)])  # fmt: skip
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
        goal(s, aim)
        indicators(s, rows)
    sign(s, 2027, "卢海涛", "0771-5630492", month=11, d=21)
    return b


@variant(
    "jv16-flat-department-counts",
    (3, 12),
    "department, flat list with weights (指标名称 │ 指标值 │ 计量单位 │ 权重), "
    "budget grid with 占比 and head counts (人)",
)
def jv16() -> Book:
    b = Book()
    s = b.sheet("整体支出", widths=(18, 30, 14, 14, 14, 14, 14))
    s.title("鹤沙县司法局2026年度部门整体支出绩效目标表", 7)
    s.row("部门名称", "鹤沙县司法局", None, "填报日期", day(2025, 12, 3, CN_DATE), None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("人员情况", "编制人数（人）", 46, "实有人数（人）", 43, "退休人数（人）", 12)
    s.row("年度预算", "项目", "资金总额", "其中：财政拨款", "其他资金", "占比", None)
    s.row(None, "基本支出（万元）", money(860), money(860), money(0), pct(0.8), None)
    s.row(None, "项目支出（万元）", money(215), money(195), money(20), pct(0.2), None)
    s.row(None, "合计（万元）", money(1075), money(1055), money(20), pct(1), None)
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "做好人民调解、社区矫正、法律援助和普法工作，维护社会和谐稳定。",
          merge=[(2, 7)])  # fmt: skip
    s.row("序号", "指标名称", "指标值", "计量单位", "权重", None, None)
    rows = [
        ("人民调解案件受理数", "≥2600", "件", 10),
        ("人民调解成功率", "≥95", "%", 10),
        ("法律援助案件办理数", "≥480", "件", 10),
        ("法律援助案件结案率", "≥95", "%", 10),
        ("社区矫正对象再犯罪率", "≤0.2", "%", 10),
        ("普法宣传活动场次", "≥150", "场", 10),
        ("公共法律服务站点覆盖率", "=100", "%", 10),
        ("法律援助申请审查时限", "≤7", "个工作日", 10),
        ("“三公”经费支出", "≤6.5", "万元", 10),
        ("群众对公共法律服务满意度", "≥90", "%", 10),
    ]
    for i, row in enumerate(rows, start=1):
        s.row(i, *row, None, None)
    s.row("合计", None, None, None, 100, None, None, merge=[(1, 4)])
    s.skip()
    s.row("填报人：", "廖静", "联系电话：", "0738-4426071", "单位负责人：", None, None)
    return b


@variant(
    "jv17-detail-quantities",
    (12,),
    "project, NAT-2021, a 资金明细 table of quantities × unit prices (数量 │ "
    "单位 │ 单价（元） │ 金额（万元）) with 合计 = 资金总额, weights",
)
def jv17() -> Book:
    b = Book()
    s = b.sheet("申报表", widths=(16, 18, 28, 14, 14, 14, 10))
    head(s, title="2027年度项目支出绩效目标申报表", name="杉坪镇森林防火能力建设",
         dept="桐浦区林业局", unit="杉坪镇人民政府", year=2027, attr="一次性项目",
         width=7)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", "其中：财政拨款", "其他资金", None, None, None,
          merge=[(4, 7)])  # fmt: skip
    s.row(None, money(131.6), money(131.6), money(0), None, None, None, merge=[(4, 7)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("资金明细", "支出内容", "数量", "单位", "单价（元）", "金额（万元）", None)
    top = s.r
    detail = [("防火隔离带建设", 12, "公里", 35000), ("消防水池", 6, "座", 48000),
              ("扑火机具", 120, "套", 2200), ("防火宣传牌", 80, "块", 1200),
              ("视频监控点", 4, "个", 62000)]  # fmt: skip
    total = 0.0
    for what, n, unit, price in detail:
        amt = round(n * price / 10000, 2)
        s.row(None, what, n, unit, price, money(amt), None)
        total = round(total + amt, 2)
    s.row(None, "合计", None, None, None, money(total), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goal(s, "建设防火隔离带和消防水池，配齐扑火机具和监控设施，提升森林火灾预防和初期扑救能力。",
         width=7)  # fmt: skip
    indicators(
        s,
        [
            ("产出指标", "数量指标", "新建防火隔离带", "≥12公里", 10),
            (None, None, "新建消防水池", "≥6座", 10),
            (None, None, "配备扑火机具", "≥120套", 10),
            (None, None, "新建视频监控点", "≥4个", 5),
            (None, "质量指标", "工程验收合格率", pct(1), 10),
            (None, "时效指标", "工程完工时间", "2027年9月30日前", 5),
            ("成本指标", "经济成本指标", "防火隔离带建设单价", "≤3.5万元/公里", 10),
            ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", 10),
            (None, "社会效益指标", "森林火灾24小时扑灭率", "≥95%", 10),
            (None, "可持续影响指标", "防火设施管护机制", "健全", 10),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", 10),
        ],
        header=("一级指标", "二级指标", "三级指标", "指标值", "分值"),
    )
    sign(s, 2027, "付国栋", "0571-8827340")
    return b


@variant(
    "jv18-period-lines-wrong",
    (8, 12),
    "three-year project, OLD-NAT, 中期/年度 money grid, annual detail lines not "
    "adding up to their 合计, a cumulative count copied into 年度",
)
def jv18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    head(s, title="2026年度项目支出绩效目标申报表", name="青梧县中小河流综合治理（2026—2028年）",
         dept="青梧县水利局", unit="青梧县河道管理所", year=2026, years=3,
         attr="新增项目")  # fmt: skip
    s.row("项目资金（万元）", None, "资金总额", "其中：财政拨款", "其他资金", None)
    s.row(None, "中期资金", money(3600), money(3300), money(300), None)
    s.row(None, "年度资金", money(1200), money(1100), money(100), None)
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row("年度资金明细", "支出内容", None, "金额（万元）", "备注", None, merge=[(2, 3), (5, 6)])
    top = s.r
    for what, amt in [("河道清淤疏浚", 420), ("护岸堤防加固", 510), ("生态护坡建设", 180),
                      ("监测设施及管理费", 60)]:  # fmt: skip
        s.row(None, what, None, money(amt), None, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, mk(money(1200), "B102", "error",
                                 note="420 + 510 + 180 + 60 = 1170, not 1200"),
          None, None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goals2(s, 2026, 3,
           "用三年时间完成县内3条中小河流综合治理，提高河段防洪标准，改善河流生态环境。",
           "2026年完成白石河段清淤疏浚和护岸加固，汛前完成主要险段治理。")  # fmt: skip
    indicators(
        s,
        [
            ("产出指标", "数量指标", "综合治理河长", "≥42公里", "≥14公里"),
            (
                None,
                None,
                "新建加固护岸堤防",
                "≥26公里",
                mk("≥26公里", "D202", "warning", note="the three-year length copied into 年度"),
            ),
            (None, None, "清淤疏浚土方量", "≥90万立方米", "≥30万立方米"),
            (None, "质量指标", "单元工程质量合格率", pct(1), pct(1)),
            (None, "时效指标", "主汛期前险段治理完成率", pct(1), pct(1)),
            (None, "成本指标", "河道综合治理单位成本", "≤85万元/公里", "≤85万元/公里"),
            ("效益指标", "社会效益指标", "治理河段防洪标准", "≥20年一遇", "≥20年一遇"),
            (None, None, "保护沿河人口", "≥5.2万人", "≥1.8万人"),
            (None, "生态效益指标", "治理河段水质达标率", "≥90%", "≥85%"),
            (None, "可持续影响指标", "河道长效管护机制", "建立并执行", "逐步建立"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
        header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
    )
    sign(s, 2026, "彭立军", "0736-5541093", month=11, d=26)
    return b
