"""Project returns (§3.1): one value column, operator columns, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout139.common import (
    OP_HEAD,
    footer,
    multi_year_money,
    one_year_money,
)
from tests.variants.holdout139.registry import variant
from tests.variants.kit import Book, C, mk, pct

OP7 = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")


@variant("ms01-water-patrol", (1,), "project, NAT-2021, operator and unit columns, percent cells")
def ms01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2027,
        name="枫溪县农村饮水安全巡检项目",
        dept="枫溪县水利局 301",
        unit="枫溪县农村供水管理站",
        money=one_year_money(86.5, 70, 16.5),
        goals=["完成全县120个行政村供水设施巡检和水质抽检，问题整改闭环，保障农村饮水安全。"],
    )
    s.row(*OP_HEAD)
    s.table(
        [
            ("成本指标", "经济成本指标", "单村巡检成本", "≤", 1800, "元/村"),
            ("产出指标", "数量指标", "巡检行政村数", "≥", 120, "个"),
            (None, None, "水质抽检样品数", "≥", 480, "份"),
            (None, "质量指标", "水质检测合格率", "≥", pct(0.95), "%"),
            (None, None, "巡检问题整改完成率", "≥", pct(0.98), "%"),
            (None, "时效指标", "巡检报告报送时限", "≤", 5, "个工作日"),
            ("效益指标", "社会效益指标", "农村集中供水覆盖人口", "≥", 6.2, "万人"),
            (None, None, "农村供水保障水平", "定性", "提升", None),
            (None, "可持续影响指标", "供水设施长效巡检机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "填报人：周雅琴    联系电话：0795-6632418", "单位负责人：（签字）")
    return b


@variant("ms02-meal-points", (8,), "three-year project, NAT-2021, operator column, 中期 and 年度")
def ms02() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(14, 16, 28, 10, 14, 14, 12))
    project_head(
        s,
        year=2027,
        years=3,
        name="青梧市社区老年助餐点建设项目",
        dept="青梧市民政局 118",
        unit="青梧市养老服务指导中心",
        attr="新增项目",
        money=multi_year_money((900, 750, 150), (320, 270, 50)),
        goals=[
            "三年建成社区助餐点45个，累计提供助餐服务54万人次，惠及老年人1.2万人。",
            "2027年建成助餐点15个，提供助餐服务16万人次，惠及老年人4000人。",
        ],
    )
    s.row(*OP7)
    s.table(
        [
            ("产出指标", "数量指标", "新建社区助餐点", "≥", 45, 15, "个"),
            (None, None, "助餐服务人次", "≥", 540000, 160000, "人次"),
            (None, "质量指标", "助餐点食品安全检查合格率", "≥", pct(0.95), pct(0.95), "%"),
            (None, "时效指标", "助餐点按期建成率", "≥", pct(0.95), pct(0.95), "%"),
            ("成本指标", "经济成本指标", "每餐政府补贴标准", "≤", 4, 4, "元/餐"),
            ("效益指标", "社会效益指标", "受益老年人数", "≥", 12000, 4000, "人"),
            (None, "可持续影响指标", "助餐点持续运营比例", "≥", pct(0.9), pct(0.9), "%"),
            ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "注：中期指标值为2027—2029年累计数。")
    return b


@variant(
    "ms04-campus-cameras", (11,), "project, OLD-NAT, direction, word-operator and unit columns"
)
def ms04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 26, 10, 12, 12, 12))
    project_head(
        s,
        year=2027,
        name="南屿区中小学校园安防设备更新项目",
        dept="南屿区教育局 207",
        unit="南屿区教育装备所",
        attr="一次性项目",
        money=one_year_money(95, 95, 0),
        goals=["更新全区中小学监控摄像头260台，开展安保人员培训，提升校园安全防范水平。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "更新监控摄像头", "正向", "大于等于", 260, "台"),
            (None, None, "安保人员培训人次", "正向", "大于等于", 300, "人次"),
            (None, "质量指标", "设备验收合格率", "正向", "大于等于", pct(0.98), "%"),
            (None, "时效指标", "设备安装完成时限", "反向", "小于等于", 90, "天"),
            (None, "成本指标", "单台摄像头采购成本", "反向", "小于等于", 2800, "元/台"),
            ("效益指标", "社会效益指标", "校园视频监控覆盖率", "正向", "大于等于", pct(0.95), "%"),
            (None, None, "校园安全事故发生率", "反向", "小于等于", pct(0.01), "%"),
            (None, "可持续影响指标", "设备正常使用年限", "正向", "大于等于", 5, "年"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "师生及家长满意度",
                "正向",
                "大于等于",
                pct(0.9),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "项目负责人：韩立新  审核人：（签字）  2026年11月18日")
    return b


@variant("ms06-pine-pests", (1,), "project, NAT-2021, one value column, a range written forwards")
def ms06() -> Book:
    b = Book()
    s = b.sheet("2027年绩效目标")
    project_head(
        s,
        year=2027,
        name="青梧市松材线虫病防控项目",
        dept="青梧市林业局 512",
        unit="青梧市森林病虫害防治检疫站",
        money=one_year_money(210, 180, 30),
        goals=["完成1.5万亩松林监测和疫木除治，控制疫情扩散，保持林分结构稳定。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("成本指标", "经济成本指标", "每亩监测防治成本", "≤120元/亩", None),
            ("产出指标", "数量指标", "病虫害监测面积", "≥1.5万亩", None),
            (None, None, "枯死松树清理株数", "≥8000株", None),
            (None, "质量指标", "疫木除治质量合格率", pct(0.95), None),
            (None, "时效指标", "疫木清理完成时间", "4月30日前", "春季除治期"),
            ("效益指标", "生态效益指标", "防治区林分郁闭度", "0.6—0.7", "保持合理林分结构"),
            (None, None, "林业有害生物成灾率", "≤3‰", None),
            (None, "可持续影响指标", "联防联控机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "林农满意度", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位（盖章）：青梧市森林病虫害防治检疫站")
    return b


@variant("ms08-skills-points", (10,), "project, NAT-2021, one value column and indicator points")
def ms08() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表")
    project_head(
        s,
        year=2027,
        name="枫溪县职业技能提升培训补贴项目",
        dept="枫溪县人力资源和社会保障局 090",
        unit="枫溪县就业服务中心",
        money=one_year_money(150, 120, 30),
        goals=["开展8个工种职业技能培训900人，培训合格率90%以上，促进参训人员就业。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "评分标准")
    s.table(
        [
            ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1500元/人", 10, "超标准不得分"),
            ("产出指标", "数量指标", "培训人数", "≥900人", 15, "按完成比例计分"),
            (None, None, "培训工种数", "≥8个", 10, "按完成比例计分"),
            (None, "质量指标", "培训考核合格率", "≥90%", 15, "每低1个百分点扣1分"),
            (None, "时效指标", "补贴发放及时率", "≥95%", 10, "每低1个百分点扣1分"),
            ("效益指标", "社会效益指标", "参训人员就业率", "≥70%", 15, "按完成比例计分"),
            (None, "可持续影响指标", "校企合作培训基地数", "≥5家", 15, "按完成比例计分"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", 10, "问卷调查"),
            ("合计", None, None, None, 100, None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ms09-river-cleaning",
    (1,),
    "project, NAT-2021, one value column: a range backwards, a bare 满意度",
)
def ms09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2027,
        name="南屿区河道水面保洁项目",
        dept="南屿区水务局 233",
        unit="南屿区河道管理所",
        attr="常年项目",
        money=one_year_money(80, 80, 0),
        goals=["做好全区46公里河道水面日常保洁，及时处置群众投诉，改善河道环境。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "河道保洁长度", "≥46公里"),
            (None, None, "全年保洁作业天数", "≥360天"),
            (
                None,
                "质量指标",
                "水面漂浮物清理达标率",
                mk("90%—80%", "T116", "warning", note="range written backwards"),
            ),
            (None, "时效指标", "投诉处置时限", "≤24小时"),
            ("成本指标", "经济成本指标", "每公里年保洁成本", "≤1.5万元/公里"),
            ("效益指标", "社会效益指标", "河道水面保洁覆盖率", pct(0.98)),
            (None, "生态效益指标", "水质达标断面比例", pct(0.8)),
            (None, "可持续影响指标", "河长巡河制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", pct(0.9)),
            (
                None,
                None,
                "游客满意度",
                mk("≥85", "T105", "error", alt=("T104",), note="a 满意度 without %"),
            ),
        ],
        merged=(1, 2),
    )
    for r in range(s.r - 9, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    footer(s, "填表人：林佳慧  联系电话：0592-7716025")
    return b


@variant(
    "ms10-smart-farm",
    (8,),
    "two-year project, NAT-2021, operator column, 中期 and 年度:"
    " annual above period, cost without unit",
)
def ms10() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 16, 28, 10, 14, 14, 12))
    project_head(
        s,
        year=2027,
        years=2,
        name="青梧市智慧农业示范园建设项目",
        dept="青梧市农业农村局 404",
        unit="青梧市农业技术推广中心",
        attr="新增项目",
        money=multi_year_money((600, 500, 100), (350, 300, 50)),
        goals=[
            "两年建成物联网监测点120个，培训新型职业农民，带动农户600户增收。",
            "2027年建成监测点80个，带动农户350户。",
        ],
    )
    s.row(*OP7)
    s.table(
        [
            ("产出指标", "数量指标", "建设物联网监测点", "≥", 120, 80, "个"),
            (
                None,
                None,
                "新型职业农民培训人次",
                "≥",
                300,
                mk(400, "D201", "error", alt=("D203",), note="annual above the period count"),
                "人次",
            ),
            (None, "质量指标", "监测设备验收合格率", "≥", pct(0.95), pct(0.95), "%"),
            (None, "时效指标", "项目按期完工率", "≥", pct(0.95), pct(0.95), "%"),
            (
                "成本指标",
                "经济成本指标",
                "单个监测点建设成本",
                "≤",
                mk(1.8, "T104", "warning", row=True, note="cost without unit"),
                1.8,
                None,
            ),
            ("效益指标", "经济效益指标", "示范园亩均增收", "≥", 300, 300, "元/亩"),
            (None, "社会效益指标", "带动农户数", "≥", 600, 350, "户"),
            (None, "可持续影响指标", "数据平台持续运行年限", "≥", 5, 5, "年"),
            ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ms11-fitness-points",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 inline: 万人 vs 人, a rate as a count",
)
def ms11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=3,
        name="南屿区全民健身设施提升项目",
        dept="南屿区体育局 615",
        unit="南屿区全民健身服务中心",
        money=multi_year_money((720, 600, 120), (260, 220, 40)),
        goals=[
            "三年新建社区健身点60个，健身指导服务1.2万人，经常参加锻炼人口比例达到42%。",
            "2027年新建社区健身点20个，开展科学健身指导服务。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建社区健身点", "≥60个", "≥20个", None),
            (
                None,
                None,
                "健身指导服务人数",
                "≥1.2万人",
                mk(
                    "≥20000人",
                    "D201",
                    "error",
                    alt=("D203", "T119"),
                    note="2万人 in the year against 1.2万人 for three years",
                ),
                None,
            ),
            (None, "质量指标", "健身器材安装验收合格率", "≥98%", "≥98%", None),
            (
                None,
                None,
                "健身设施完好率",
                "≥95%",
                mk("30处", "T105", "error", note="a rate given as a count"),
                None,
            ),
            (None, "时效指标", "健身点建成投用及时率", "≥95%", "≥95%", None),
            ("成本指标", "经济成本指标", "单个健身点建设成本", "≤12万元", "≤12万元", None),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥42%", "≥40%", None),
            (None, "可持续影响指标", "健身设施管护制度", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "经办人：吴晓东   科室负责人：（签字）")
    return b


@variant(
    "ms12-digital-reading",
    (1, 12),
    "project, NAT-2021, operator and unit columns: 0.95 shown as 0.95%, total ≠ its sources",
)
def ms12() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    money = one_year_money(180, 150, 20)
    money[0] = (money[0][0], mk(money[0][1], "B101", "error", note="150 + 20 ≠ 180"), *money[0][2:])
    project_head(
        s,
        year=2027,
        name="枫溪县公共图书馆数字阅读推广项目",
        dept="枫溪县文化广电旅游局 112",
        unit="枫溪县图书馆",
        money=money,
        goals=["新增数字资源和阅读终端，开展全民阅读活动，提升数字阅读服务能力。"],
    )
    s.row(*OP_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新增数字资源总量", "≥", 12, "TB"),
            (None, None, "布设电子阅读终端", "≥", 30, "台"),
            (None, None, "举办全民阅读活动", "≥", 40, "场"),
            (None, "质量指标", "电子阅读终端验收合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "数字资源上线时限", "≤", 30, "天"),
            ("成本指标", "经济成本指标", "单台电子阅读终端采购成本", "≤", 3.5, "万元/台"),
            ("效益指标", "社会效益指标", "数字资源年访问量", "≥", 50, "万人次"),
            (None, "可持续影响指标", "数字阅读服务机制", "定性", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "读者满意度",
                "≥",
                mk(
                    C(0.95, '0.00"%"'),
                    "T114",
                    "error",
                    alt=("T116", "T105"),
                    note="0.95 under a quoted-% format: shows 0.95%",
                ),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "单位负责人：赵文澜   填表人：孙蕾   填表日期：2026年11月25日")
    return b
