"""Project returns with detail blocks and cost standards, and two stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout66.common import footer, indicators
from tests.variants.holdout66.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

HEAD_W = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重")


@variant("jx07-stacked-two", (2, 12), "two one-year projects of one unit stacked in one sheet, "
         "OLD-NAT, value with operator and unit column, weights (correct)")  # fmt: skip
def jx07() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(s, year=2026, name="全民健身场地设施维护项目",
                 dept="河阳县文化广电体育和旅游局（330）",
                 unit="河阳县体育事业发展中心", attr="常年项目",
                 money=[("资金总额", money(86), "年度资金总额", money(86)),
                        ("其中：财政拨款", money(86), "其中：财政拨款", money(86)),
                        ("其他资金", money(0), "其他资金", money(0))],
                 goals=["维护全县212个行政村健身路径和38个社区多功能运动场，器材完好率达到"
                        "95%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "维护村级健身路径", "≥212", "个", 15),
        (None, None, "维护社区多功能运动场", "≥38", "个", 10),
        (None, None, "更换老旧器材", "≥420", "件", 10),
        (None, "质量指标", "健身器材完好率", "≥95%", "%", 10),
        (None, "时效指标", "器材报修处理时限", "≤5", "个工作日", 5),
        (None, "成本指标", "单个健身路径年维护费用", "≤2500", "元/个", 10),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥41%", "%", 15),
        (None, "可持续影响指标", "器材巡检维护制度", "健全", None, 15),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "%", 10),
    ], head=HEAD_W)  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="县级全民运动会承办项目",
                 dept="河阳县文化广电体育和旅游局（330）",
                 unit="河阳县体育事业发展中心", attr="一次性项目", title="",
                 money=[("资金总额", money(64), "年度资金总额", money(64)),
                        ("其中：财政拨款", money(58), "其中：财政拨款", money(58)),
                        ("其他资金", money(6), "其他资金", money(6))],
                 goals=["举办第八届河阳县全民运动会，设置竞赛项目16个，"
                        "参赛运动员不少于2400人。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "设置竞赛项目", "≥16", "个", 15),
        (None, None, "参赛运动员", "≥2400", "人", 15),
        (None, None, "举办群众性展示活动", "≥6", "场", 10),
        (None, "质量指标", "竞赛裁判持证上岗率", "=100%", "%", 10),
        (None, "时效指标", "运动会举办时间", "2026年10月底前", None, 5),
        (None, "成本指标", "人均参赛保障费用", "≤220", "元/人", 5),
        ("效益指标", "社会效益指标", "现场及线上观赛", "≥3", "万人次", 20),
        (None, "可持续影响指标", "赛事组织工作规范", "规范", None, 10),
        ("满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%", "%", 10),
    ], head=HEAD_W, label=None)  # fmt: skip
    footer(s, "毛若宁", "0716-8822013", 2025, 11, 18)
    return b


@variant("jx15-standard-times-count", (12,), "one-year project, NAT-2021, points column: a "
         "subsidy standard × its count above the money")  # fmt: skip
def jx15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 16, 12, 10))
    project_head(s, year=2026, name="高校毕业生就业见习补贴项目",
                 dept="沙洲市人力资源和社会保障局（215）",
                 unit="沙洲市就业服务中心", attr="延续项目",
                 money=[("资金总额", money(1480, WAN), "年度资金总额", money(1480, WAN)),
                        ("其中：财政拨款", money(1480, WAN), "其中：财政拨款", money(1480, WAN)),
                        ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=["组织1300名高校毕业生参加就业见习，按每人每月2000元标准发放见习补贴，"
                        "见习留用率达到40%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "参加就业见习高校毕业生", "≥", 1300, "人", 12),
        (None, None, "认定就业见习基地", "≥", 85, "家", 8),
        (None, None, "开发见习岗位", "≥", 1800, "个", 8),
        (None, "质量指标", "见习协议签订率", "=", pct(1), "%", 8),
        (None, "时效指标", "见习补贴按月拨付率", "≥", pct(0.95), "%", 7),
        ("成本指标", "经济成本指标",
         mk("人均见习补贴标准（按6个月计）", "B107", "warning", row=True,
            note="1300人 × 12000元 = 1560万元, above 1480万元"),
         "≤", 12000, "元/人", 7),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥", pct(0.4), "%", 15),
        (None, None, "见习人员就业率", "≥", pct(0.85), "%", 10),
        (None, "可持续影响指标", "见习基地动态管理制度", "定性", "健全", None, 15),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", pct(0.9), "%", 10),
    ], head=("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
             "分值"))  # fmt: skip
    footer(s, "曹一鸣", "0512-5861930", 2025, 11, 10)
    return b


@variant("jx16-detail-over-total", (12,), "one-year project, OLD-NAT, two-line header, a detail "
         "block whose lines add up to more than its 合计")  # fmt: skip
def jx16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="基层卫生院设备更新项目", dept="长垣县卫生健康局（418）",
                 unit="长垣县基层卫生服务中心", attr="一次性项目",
                 money=[("资金总额", money(214), "年度资金总额", money(214)),
                        ("其中：财政拨款", money(200), "其中：财政拨款", money(200)),
                        ("其他资金", money(14), "其他资金", money(14))],
                 goals=["为11家乡镇卫生院更新DR、彩超和全自动生化分析仪等设备，提升基层检查"
                        "检验能力。"])  # fmt: skip
    s.row("采购明细（万元）", "设备名称", "数量", "单价", "金额", None, merge=[(5, 6)])
    top = s.r
    s.row(None, "数字化X射线摄影系统（DR）", "3台", money(38), money(114), merge=[(5, 6)])
    s.row(None, "便携式彩色多普勒超声诊断仪", "4台", money(16.5), money(66), merge=[(5, 6)])
    s.row(None, "全自动生化分析仪", "4台", money(9.5), money(38), merge=[(5, 6)])
    s.row(None, "合计", None, None,
          mk(money(214), "B102", "error", note="114 + 66 + 38 = 218, not 214"),
          merge=[(5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "目标值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "更新设备数量", "≥", "11台", None),
        (None, None, "受益乡镇卫生院", "≥", "11家", None),
        (None, "质量指标", "设备验收合格率", "=", pct(1), None),
        (None, None, "操作人员培训合格率", "≥", pct(0.95), None),
        (None, "时效指标", "设备安装调试完成时间", "≤", "2026年9月30日前", None),
        (None, "成本指标", "DR单台采购价格", "≤", "38万元", None),
        ("效益指标", "社会效益指标", "基层DR检查人次", "≥", "2.2万人次", "年度"),
        (None, None, "向上转诊检查人次下降率", "≥", pct(0.1), "比上年"),
        (None, "可持续影响指标", "设备使用年限", "≥", "8年", None),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "倪佳", "0373-8726650", 2025, 11, 1)
    return b


@variant("jx17-pasted-twice", (9, 12), "one-year project, NAT-2021, unit column, a detail "
         "block with one amount pasted twice in one cell")  # fmt: skip
def jx17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="城市公园绿地提质改造项目", dept="鹿鸣市城市管理局（126）",
                 unit="鹿鸣市园林绿化服务中心", attr="一次性项目",
                 money=[("资金总额", money(300, WAN), "年度资金总额", money(300, WAN)),
                        ("其中：财政拨款", money(300, WAN), "其中：财政拨款", money(300, WAN)),
                        ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=["完成东湖、槐林两处公园绿地提质改造3.6万平方米，补植乔灌木1.2万株，"
                        "改造园路4.2公里。"])  # fmt: skip
    s.row("资金测算", "支出项目", "金额（万元）", "说明", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "苗木补植", money(96), "乔木2400株、灌木9600株", merge=[(4, 6)])
    s.row(None, "园路及铺装改造",
          mk("120万120万", "X106", "error", alt=("B108",), note="pasted twice"),
          "4.2公里透水铺装", merge=[(4, 6)])  # fmt: skip
    s.row(None, "照明及智慧设施", money(54), "庭院灯180套", merge=[(4, 6)])
    s.row(None, "设计监理等其他费用", money(30), None, merge=[(4, 6)])
    s.row(None, "合计", money(300), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, [
        ("成本指标", "经济成本指标", "绿地提质改造单位成本", "≤", 83, "元/平方米"),
        ("产出指标", "数量指标", "提质改造绿地面积", "≥", 3.6, "万平方米"),
        (None, None, "补植乔灌木", "≥", 1.2, "万株"),
        (None, None, "改造园路", "≥", 4.2, "公里"),
        (None, "质量指标", "苗木成活率", "≥", pct(0.95), "%"),
        (None, None, "工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "工程完工时间", "≤", "2026年10月31日前", None),
        ("效益指标", "社会效益指标", "公园年接待游客", "≥", 260, "万人次"),
        (None, "生态效益指标", "新增绿化覆盖面积", "≥", 0.8, "万平方米"),
        (None, "可持续影响指标", "绿地养护责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民及游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "舒展", "0717-6459021", 2025, 11, 20)
    return b
