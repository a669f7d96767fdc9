"""Department tables of city bureaus (住建局, 城管局, 园林中心, 环卫所, 污水处理厂) and
project tables with points per indicator."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout32.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ip12-housing-dept-ok", (12, 1), "department, NAT-2021, tasks and budget consistent")
def ip12() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 16, 18, 16))
    department_head(
        s, year=2025, dept="鹤鸣县住房和城乡建设局",
        budget=[(money(5860), money(5460), money(400), money(1260), money(4600))],
        tasks=[("老旧小区改造", "改造老旧小区18个、2160户", money(1728), "居住环境明显改善"),
               ("农村危房改造", "改造农村低收入群体危房320户", money(640), "住房安全有保障"),
               ("城市排水防涝", "改造易涝点14处、排水管网22公里", money(2232), "主城区无严重内涝"),
               ("金额合计", None, money(4600), None)],
        goal="1.完成老旧小区改造18个；2.完成农村危房改造320户；3.消除易涝点14处。",
    )  # fmt: skip
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "改造老旧小区户数", "≥2160户"),
        (None, None, "农村危房改造户数", "≥320户"),
        (None, None, "改造易涝点", "≥14处"),
        (None, "质量指标", "改造工程竣工验收合格率", pct(1)),
        (None, "时效指标", "年度改造任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "老旧小区改造户均补助", "≤8000元/户"),
        (None, None, "危房改造户均补助", "≤2万元/户"),
        ("效益指标", "社会效益指标", "城镇居民住房条件", "有效改善"),
        (None, "可持续影响指标", "改造小区物业管理覆盖率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip13-city-mgmt-dept-defects", (12, 5), "department, NAT-2021, money wrong, no 满意度")
def ip13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 16, 18, 16))
    department_head(
        s, year=2025, dept="竹港区城市管理局",
        budget=[(mk(money(3420), "B101", "error", row=True), money(3220), money(200),
                 money(1180), money(2140))],
        tasks=[("市容环境整治", "整治占道经营、违规广告", money(620), "市容秩序良好"),
               ("数字城管运行", "平台运维及信息采集外包", money(480), "案件按期结案率95%以上"),
               ("道路清扫保洁", "购买城区道路清扫保洁服务", money(1100), "道路整洁"),
               ("金额合计", None, mk(money(2140), "B102", "error"), None)],
        goal="市容环境整治常态化，数字城管案件按期结案率95%以上，城区道路机扫率80%以上。",
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 in a department table serving residents")
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "整治占道经营点位", "≥850处"),
        (None, None, "道路清扫保洁面积", "≥260万平方米"),
        (None, "质量指标", "数字城管案件按期结案率", "≥95%"),
        (None, None, "道路机扫率", "≥80%"),
        (None, "时效指标", "投诉件办结时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "道路保洁单价", "≤4.2元/平方米·年"),
        ("效益指标", "社会效益指标", "城市市容秩序", "持续改善"),
        (None, "可持续影响指标", "城市管理长效机制", "健全"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip14-garden-dept-ok", (8, 4), "department, NAT-2021, 实施周期 and 年度 columns, notes")
def ip14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 16, 16))
    department_head(
        s, year=2025, dept="芷溪市园林绿化中心",
        budget=[(money(2350), money(2350), money(0), money(850), money(1500))],
        goal="养护城市公园和公共绿地，新增口袋公园，提升园林绿化品质。",
        filled=day(2024, 12, 2),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "养护公园及公共绿地面积", "≥310万平方米", "≥310万平方米", ""),
        (None, None, "新建口袋公园", "≥8个", "≥8个", ""),
        (None, "质量指标", "绿地养护一级标准达标率", pct(0.9), pct(0.9), ""),
        (None, "时效指标", "口袋公园建成时间", "2025年10月底前", "2025年10月底前", ""),
        ("成本指标", "经济成本指标", "公共绿地养护标准", "≤4.5元/平方米·年",
         "≤4.5元/平方米·年", ""),
        ("效益指标", "生态效益指标", "人均公园绿地面积", "≥14.2平方米", "≥14.2平方米", ""),
        (None, "社会效益指标", "公园绿地服务半径覆盖率", "≥88%", "≥88%", "比上年提高2个百分点"),
        ("满意度指标", "服务对象满意度指标", "游园市民满意度", "≥90%", "≥90%", ""),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填报说明：实施周期为2025年度，实施周期指标值与年度指标值相同。")
    s.row("填表人：", "林若溪", "审核人：", "顾长青", "联系电话：", "0736-5218806")
    return b


@variant("ip15-sanitation-dept-defects", (5, 6, 13), "department, NAT-2021, template rows")
def ip15() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 16, 18, 16))
    department_head(
        s, year=2025, dept="雁洲县环境卫生管理所",
        budget=[(money(1680), money(1680), money(0), money(380), money(1300))],
        goal="城区生活垃圾日产日清，公厕管护到位，环卫作业机械化水平提高。",
    )  # fmt: skip
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "日均生活垃圾清运量", "≥260吨/日"),
        (None, None, mk("", "F110", "error"), "≥98座"),
        (None, "质量指标", "生活垃圾无害化处理率", "=100%"),
        (None, mk("生态效益指标", "F105", "error"), "垃圾分类收集覆盖率", "≥80%"),
        (None, "时效指标", "垃圾清运时限", "24小时内"),
        ("成本指标", "经济成本指标", "垃圾清运处理单价", "≤95元/吨"),
        ("效益指标", "社会效益指标", "城区环境卫生面貌", "明显改善"),
        (None, mk("可持续影响指标", "F109", "warning", row=True), "", ""),
        ("满意度指标", "服务对象满意度指标", "居民对环卫服务满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip16-sewage-flat-ok", (3, 1), "department, flat list with 权重 adding to 100")
def ip16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (30, 14, 12, 12, 10))
    s.title("2025年度部门整体支出绩效目标表", 5)
    s.row("单位名称：兰渚县污水处理厂", None, None, "单位：万元")
    s.row("年度预算", "资金总额", money(1560), "其中：财政拨款", money(1560))
    s.row("年度总体目标", "污水处理设施稳定运行，出水达标排放，污泥规范处置。")
    s.row("指标名称", "指标值", "计量单位", "指标方向", "权重")
    for line in [
        ("日均污水处理量", 3.2, "万吨/日", "正向", 20),
        ("出水水质达标率", pct(1), "%", "正向", 20),
        ("污泥无害化处置率", pct(0.95), "%", "正向", 15),
        ("污水处理电耗", 0.32, "千瓦时/吨", "反向", 15),
        ("设备完好率", pct(0.95), "%", "正向", 10),
        ("安全生产责任事故", 0, "起", "反向", 10),
        ("周边居民满意度", pct(0.88), "%", "正向", 10),
        ("合计", None, None, None, 100),
    ]:
        s.row(*line)
    return b


@variant("ip17-parks-points-ok", (10, 5), "project, NAT-2021, points in labels and a 分值 column")
def ip17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 16, 30, 14, 10, 10))
    project_head(
        s, year=2025, name="城市公园免费开放运行维护", dept="蓉湾市园林绿化中心（621）",
        unit="蓉湾市人民公园管理处",
        money=[("年度资金总额", money(780), "其中：财政拨款", money(780))],
        goals=["保障5座城市公园免费开放，年接待游客不少于300万人次，公园绿地服务半径覆盖率提高2个百分点。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值")
    s.table([
        ("一、产出指标（40分）", "1.数量指标", "免费开放公园数量", "=5", "座", 10),
        (None, None, "年接待游客量", "≥300", "万人次", 10),
        (None, "2.质量指标", "游园设施完好率", "≥95%", "", 10),
        (None, "3.时效指标", "设施故障修复时限", "≤3", "个工作日", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "公园单位面积养护成本", "≤6.5",
         "元/平方米·年", 20),
        ("三、效益指标（30分）", "1.社会效益指标", "公园绿地服务半径覆盖率提高", "≥2",
         "百分点", 15),
        (None, "2.生态效益指标", "公园绿地植被覆盖率", "≥85%", "", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "游客满意度", "≥90%", "", 10),
        ("合计", None, None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip18-points-defects", (10, 1), "project, NAT-2021, tier score column, points off")
def ip18() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 8, 16, 30, 14, 8))
    project_head(
        s, year=2025, name="城区行道树及绿化带提质改造", dept="槐阳县住房和城乡建设局（219）",
        unit="槐阳县园林绿化服务中心", attr="一次性项目",
        money=[("年度资金总额", money(640), "其中：财政拨款", money(640))],
        goals=["改造绿化带8.6公里，补植行道树2400株。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add to 90, not 100")
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", 50, "数量指标", "改造绿化带长度", "≥8.6公里", 15),
        (None, None, None, "补植行道树", "≥2400株", 15),
        (None, None, "质量指标", "苗木成活率", mk("≥95%%", "T116", "warning"), 10),
        (None, None, "时效指标", "工程完工时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "绿化带改造单价", "≤74万元/公里", 10),
        ("效益指标", mk(30, "W103", "error"), "生态效益指标", "新增绿化面积", "≥3.4万平方米", 10),
        (None, None, "社会效益指标", "道路景观", "明显提升", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿线居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
