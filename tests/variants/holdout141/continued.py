# ruff: noqa: E501
"""Correct returns typed in WPS (mu07–mu12): the 指标值 split into 比较符 │ 数值 │ 单位 with
the unit left out where the name carries it, a table continued on a sheet named 续表, layouts
combined."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout141.common import (
    across_table,
    footer,
    spaced_table,
    vertical,
    vertical_cells,
)
from tests.variants.holdout141.registry import variant
from tests.variants.kit import WAN, Book, money, pct

SPLIT = ("一级指标", "二级指标", "三级指标", "比较符", "数值", "单位")


@variant("mu07-split-value", (1, 7), "project, NAT-2021, 比较符 │ 数值 │ 单位, unit in the name")
def mu07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 8, 12, 10))
    project_head(s, year=2026, name="枫林县基本公共卫生服务项目", dept="枫林县卫生健康局 501",
                 unit="枫林县疾病预防控制中心",
                 money=[("年度资金总额", money(620, WAN), "其中：财政拨款", money(600, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["为常住人口提供基本公共卫生服务，家庭医生签约4.2万人，重点人群健康管理水平提高。"])  # fmt: skip
    s.skip()
    s.row(*SPLIT)
    s.table([
        ("成本指标", "经济成本指标", "人均基本公共卫生服务补助（元/人）", "≤", 89, None),
        ("产出指标", "数量指标", "家庭医生签约人数（人）", "≥", 42000, None),
        (None, None, "健康教育讲座", "≥", 120, "场"),
        (None, None, "65岁及以上老人健康体检人数（人）", "≥", 9500, None),
        (None, "质量指标", "重点人群签约率（%）", "≥", 75, None),
        (None, None, "高血压患者规范管理率", "≥", pct(0.65), None),
        (None, None, "电子健康档案建档率（%）", "≥", 90, None),
        (None, "时效指标", "补助资金拨付时限（个工作日）", "≤", 15, None),
        ("效益指标", "社会效益指标", "居民健康素养水平（%）", "≥", 28, None),
        (None, None, "适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), None),
        (None, "可持续影响指标", "基层卫生服务网络", None, "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度（%）", "≥", 90, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "蒋慧", "0745-3316085", "贺明远")
    return b


@variant("mu08-continued-sheet", (7, 4), "project, OLD-NAT, the table continued on a sheet 续表")
def mu08() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 30, 18, 10, 10))
    project_head(s, year=2026, name="雁鸣湖湿地公园生态修复", dept="青岚市林业局 620",
                 unit="雁鸣湖湿地公园管理处", attr="一次性项目",
                 money=[("年度资金总额", money(380, WAN), "其中：财政拨款", money(330, WAN)),
                        ("其他资金", money(50, WAN), None, None)],
                 goals=["修复退化湿地1200亩，补植水生植物和乡土树种，湿地水质和鸟类栖息环境明显改善。"])  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "退化湿地修复面积", "≥1200", "亩"),
        (None, None, "水生植物补植面积", "≥300", "亩"),
        (None, None, "乡土树种补植数量", "≥8000", "株"),
        (None, None, "生态护岸建设长度", "≥3.5", "公里"),
        (None, "质量指标", "补植苗木成活率", "≥90%", "%"),
        (None, None, "工程验收合格率", pct(1), "%"),
        (None, "时效指标", "修复工程完工时间", "2026年10月31日前", "—"),
        (None, "成本指标", "湿地修复亩均成本", "≤0.3", "万元/亩"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("（转续表）")
    t = b.sheet("续表", (14, 14, 30, 18, 10, 10))
    t.title("2026年度项目支出绩效目标申报表（续表）", 5)
    t.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.table([
        ("效益指标", "生态效益指标", "湿地核心区水质", "Ⅲ类及以上", "—"),
        (None, None, "越冬候鸟观测数量", "≥4500", "只"),
        (None, "社会效益指标", "湿地科普宣教人次", "≥2万", "人次"),
        (None, "可持续影响指标", "湿地管护巡查制度执行", "建立并执行", "—"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "%"),
        (None, None, "游客满意度", "≥88%", "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(t, "李佳琪", "0737-2240316", "万德胜")
    return b


@variant(
    "mu09-vertical-numbered-split", (5, 1), "project, NAT-2021, vertical tier-1, numbers, split"
)
def mu09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (6, 8, 14, 30, 8, 12, 10))
    project_head(s, year=2026, name="石门区老旧小区加装电梯补助", dept="石门区住房和城乡建设局 33",
                 unit="石门区城市更新服务中心",
                 money=[("年度资金总额", money(400, WAN), "其中：财政拨款", money(400, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["补助老旧小区加装电梯20台，受益居民1200户，电梯运行安全。"])  # fmt: skip
    s.skip()
    top = s.r + 1
    s.row("序号", "一级指标", "二级指标", "三级指标", "比较符", "数值", "单位")
    s.table([
        (1.1, vertical("产出指标"), "数量指标", "补助加装电梯数量", "≥", 20, "台"),
        (1.2, None, None, "受益居民户数", "≥", 1200, "户"),
        (1.3, None, "质量指标", "电梯安装验收合格率", "=", pct(1), None),
        (1.4, None, "时效指标", "补助资金审核时限", "≤", 20, "个工作日"),
        (2.1, vertical("成本指标"), "经济成本指标", "单台电梯补助标准", "≤", 20, "万元/台"),
        (3.1, vertical("效益指标"), "社会效益指标", "老年居民出行便利度提升", None, "明显提升", None),
        (3.2, None, None, "电梯安全事故发生率", "≤", pct(0.001, "0.0%"), None),
        (3.3, None, "可持续影响指标", "加装电梯维保合同签订率", "=", pct(1), None),
        (4.1, vertical("满意度指标"), "服务对象满意度指标", "受益居民满意度", "≥", pct(0.9), None),
    ], merged=(2, 3))  # fmt: skip
    vertical_cells(s, 2, top)
    footer(s, "胡晓东", "0736-2285147", "罗建平")
    return b


@variant("mu10-department-continued", (7, 12), "department, NAT-2021, numbered, continued on 续表")
def mu10() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (16, 18, 30, 14, 14, 14))
    department_head(s, year=2026, dept="临溪县市场监督管理局",
                    budget=[(money(2316, WAN), money(2266, WAN), money(50, WAN),
                             money(1896, WAN), money(420, WAN))],
                    tasks=[("食品安全抽检", "食品和食用农产品监督抽检", money(210, WAN),
                            "抽检4200批次"),
                           ("特种设备安全监察", "电梯、锅炉等特种设备检验监察", money(120, WAN),
                            "监督检查1500台次"),
                           ("消费维权", "投诉举报受理和消费教育", money(90, WAN), "处理投诉3000件"),
                           ("金额合计", None, money(420, WAN), None)],
                    goal="全年食品抽检4200批次，特种设备监督检查1500台次，消费投诉按时办结，市场秩序稳定。")  # fmt: skip
    s.skip()
    s.row("序号", "一级指标", "二级指标", "三级指标", "年度指标值")
    s.table([
        ("1.1", "产出指标", "数量指标", "食品安全监督抽检批次", "≥4200批次"),
        ("1.2", None, None, "特种设备监督检查台次", "≥1500台次"),
        ("1.3", None, None, "消费投诉举报处理件数", "≥3000件"),
        ("1.4", None, "质量指标", "抽检不合格食品核查处置率", pct(1)),
        ("1.5", None, None, "特种设备定期检验率", "≥98%"),
        ("1.6", None, "时效指标", "投诉举报按时办结率", "≥95%"),
        ("1.7", None, None, "抽检信息公布时限", "≤20个工作日"),
    ], merged=(2, 3))  # fmt: skip
    t = b.sheet("续表", (16, 18, 30, 14, 14, 14))
    t.row("续表")
    t.row("序号", "一级指标", "二级指标", "三级指标", "年度指标值")
    t.table([
        ("2.1", "成本指标", "经济成本指标", "每批次抽检平均成本", "≤500元/批次"),
        ("3.1", "效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%"),
        ("3.2", None, None, "特种设备安全隐患整改率", pct(1)),
        ("3.3", None, "经济效益指标", "为消费者挽回经济损失", "≥150万元"),
        ("3.4", None, "可持续影响指标", "智慧监管平台使用率", "≥90%"),
        ("4.1", "满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%"),
        ("4.2", None, None, "市场主体满意度", "≥88%"),
    ], merged=(2, 3))  # fmt: skip
    footer(t, "邓芳", "0743-8712255", "石国栋")
    return b


@variant("mu11-spacer-both-in-one", (4, 8), "two-year project, spacers, 中期 and 年度 in one cell")
def mu11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 3, 16, 3, 30, 3, 34))
    project_head(s, year=2026, years=2, name="青岚市职业技能提升培训补贴", dept="青岚市人力资源和社会保障局 208",
                 unit="青岚市职业技能鉴定中心", attr="新增项目",
                 money=[("中期资金总额", money(900, WAN), "年度资金总额", money(450, WAN)),
                        ("其中：财政拨款", money(900, WAN), "其中：财政拨款", money(450, WAN)),
                        ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=["两年开展补贴性职业技能培训1.2万人次，取证率和就业率稳步提高。",
                        "本年开展补贴性职业技能培训6000人次，取得证书4200人。"])  # fmt: skip
    s.skip()
    spaced_table(s, HEAD2, [
        ("产出指标", "数量指标", "补贴性职业技能培训人次", "中期：≥12000人次；年度：≥6000人次"),
        (None, None, "取得职业资格或技能等级证书人数", "中期：≥8400人；年度：≥4200人"),
        (None, None, "新增定点培训机构数量", "中期：≥10家；年度：≥6家"),
        (None, "质量指标", "培训取证率", "中期：≥70%；年度：≥70%"),
        (None, None, "培训机构评估合格率", "中期：≥95%；年度：≥95%"),
        (None, "时效指标", "补贴资金审核拨付时限", "中期：≤30个工作日；年度：≤30个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "中期：≤750元/人次；年度：≤750元/人次"),
        ("效益指标", "社会效益指标", "培训后就业率", "中期：≥60%；年度：≥60%"),
        (None, None, "重点群体参训占比", "中期：≥40%；年度：≥40%"),
        (None, "可持续影响指标", "培训补贴信息化管理", "中期：全面实行；年度：全面实行"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "中期：≥90%；年度：≥90%"),
    ])  # fmt: skip
    footer(s, "曹丽娜", "0731-8821596", "邹卫平")
    return b


HEAD2 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "mu12-across-split-weights", (5, 10), "project, OLD-NAT, tier-2 across, split value, weights"
)
def mu12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 10, 10, 30, 8, 10, 10, 8))
    project_head(s, year=2026, name="柘溪县公共图书馆总分馆建设", dept="柘溪县文化旅游广电体育局 710",
                 unit="柘溪县图书馆",
                 money=[("年度资金总额", money(135, WAN), "其中：财政拨款", money(120, WAN)),
                        ("其他资金", money(15, WAN), None, None)],
                 goals=["建成乡镇分馆12个，配送图书6万册，开展全民阅读活动200场，县域图书通借通还。"])  # fmt: skip
    s.skip()
    across_table(s, ("一级指标", "二级指标", "三级指标", "比较符", "数值", "单位", "权重"), [
        ("产出指标", "数量指标", "乡镇分馆建设数量（个）", "≥", 12, None, 10),
        (None, None, "配送图书册数（万册）", "≥", 6, None, 10),
        (None, None, "全民阅读活动场次", "≥", 200, "场", 10),
        (None, "质量指标", "分馆建设达标率", "≥", pct(0.95), None, 10),
        (None, None, "通借通还覆盖率（%）", "=", 100, None, 5),
        (None, "时效指标", "分馆开放时间", "≤", "2026年9月30日", None, 5),
        (None, "成本指标", "单个分馆建设成本", "≤", 8, "万元/个", 10),
        ("效益指标", "社会效益指标", "年图书借阅量（万册次）", "≥", 15, None, 10),
        (None, None, "读者到馆人次（万人次）", "≥", 20, None, 10),
        (None, "可持续影响指标", "总分馆运行管理制度", None, "建立并执行", None, 10),
        ("满意度指标", "服务对象满意度指标", "读者满意度（%）", "≥", 90, None, 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, None, 100, merge=[(1, 7)])
    footer(s, "温晓丽", "0739-7301562", "唐振华")
    return b
